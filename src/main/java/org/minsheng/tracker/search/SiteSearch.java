package org.minsheng.tracker.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * The portal's search: a few statements per query whatever the amount of data (the
 * revision, the token lookup, the years; one more when nothing is found).
 */
@Service
public class SiteSearch {

	static final int MAX_QUERY = 50;

	static final int MAX_RESULTS = 200;

	private final SearchIndex index;

	SiteSearch(SearchIndex index) {
		this.index = index;
	}

	public SearchResults search(String rawQuery, Integer year, Locale locale) {
		String query = (rawQuery == null) ? "" : rawQuery.strip().replaceAll("\\s+", " ");
		if (query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		this.index.refresh();
		List<Integer> years = this.index.years();
		Set<String> tokens = Tokens.ofQuery(query);
		if (tokens.isEmpty()) {
			return new SearchResults(query, year, years, List.of(), 0, List.of());
		}
		List<String> terms = Arrays.stream(query.split(" ")).filter((t) -> !t.isBlank()).toList();
		boolean english = "en".equals(locale.getLanguage());
		Map<SearchKind, List<SearchResults.Hit>> byKind = new EnumMap<>(SearchKind.class);
		int total = 0;
		for (Searchable candidate : this.index.candidates(tokens, year, MAX_RESULTS)) {
			SearchResults.Hit hit = hit(candidate, terms, english);
			if (hit != null) {
				byKind.computeIfAbsent(candidate.kind(), (k) -> new ArrayList<>()).add(hit);
				total++;
			}
		}
		List<SearchResults.Group> groups = byKind.entrySet()
			.stream()
			.map((e) -> new SearchResults.Group(e.getKey(), e.getValue()))
			.toList();
		List<String> alternatives = (total == 0) ? this.index.known(alternatives(tokens)) : List.of();
		return new SearchResults(query, year, years, groups, total, alternatives);
	}

	/** The two-character words of a longer query, to try when it finds nothing. */
	private static List<String> alternatives(Set<String> tokens) {
		return tokens.stream().filter((t) -> t.codePoints().allMatch(Tokens::isHan)).limit(8).toList();
	}

	/** The hit, or null when the document holds the tokens but not the query itself. */
	private static SearchResults.Hit hit(Searchable d, List<String> terms, boolean english) {
		Text zh = new Text(d.titleZh(), d.bodyZh());
		Text en = new Text(d.titleEn(), d.bodyEn());
		Text preferred = english ? en : zh;
		Text other = english ? zh : en;
		Text shown;
		if (preferred.contains(terms)) {
			shown = preferred;
		}
		else if (other.contains(terms)) {
			shown = other;
		}
		else {
			return null;
		}
		boolean shownEnglish = (shown == en);
		String title = (shown.title() != null) ? shown.title() : d.titleZh();
		String body = (shown.body() != null) ? Highlight.excerpt(shown.body(), terms, 30, 90) : "";
		return new SearchResults.Hit(Highlight.of(title, terms), Highlight.of(body, terms),
				shownEnglish ? "en" : "zh-CN", d.year(), d.link());
	}

	private record Text(String title, String body) {

		boolean contains(List<String> terms) {
			String all = ((this.title != null) ? this.title : "") + "\n" + ((this.body != null) ? this.body : "");
			String lower = all.toLowerCase(Locale.ROOT);
			return (this.title != null || this.body != null)
					&& terms.stream().allMatch((t) -> lower.contains(t.toLowerCase(Locale.ROOT)));
		}

	}

}
