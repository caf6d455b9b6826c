package org.minsheng.tracker.search;

import java.util.List;

/**
 * What a search found, grouped by kind.
 *
 * @param query the query as typed (trimmed)
 * @param year the year filter, or null
 * @param years the years one can filter by, newest first
 * @param groups the results by kind, in {@link SearchKind} order, empty groups left out
 * @param total how many results in all
 * @param alternatives when nothing was found: shorter words that do find something
 */
public record SearchResults(String query, Integer year, List<Integer> years, List<Group> groups, int total,
		List<String> alternatives) {

	public boolean isEmptyQuery() {
		return this.query.isEmpty();
	}

	/** The results of one kind. */
	public record Group(SearchKind kind, List<Hit> hits) {
	}

	/**
	 * One result.
	 *
	 * @param title its title, the match marked
	 * @param excerpt the text around the match, the match marked
	 * @param lang the language of the title and excerpt ("zh-CN" or "en")
	 * @param year its year
	 * @param link its page
	 */
	public record Hit(Highlight title, Highlight excerpt, String lang, Integer year, String link) {
	}

}
