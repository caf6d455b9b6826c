package org.minsheng.tracker.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads everything the public can see, as search documents: a read model over the
 * published plans, the stories and the published suggestions (four queries, whatever the
 * amount of data).
 */
@Component
class SearchSources {

	private final JdbcTemplate jdbc;

	SearchSources(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Searchable> all() {
		List<Searchable> all = new ArrayList<>();
		all.addAll(this.jdbc.query("""
				SELECT p.plan_year, c.number, c.title_zh, c.title_en, c.summary_zh, c.summary_en, c.source_quote
				FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.status = 'PUBLISHED'
				""", (row, n) -> {
			int year = row.getInt("plan_year");
			int number = row.getInt("number");
			String bodyZh = join(row.getString("summary_zh"), row.getString("source_quote"));
			return new Searchable(SearchKind.COMMITMENT, year + "/" + number, year, row.getString("title_zh"),
					row.getString("title_en"), bodyZh, row.getString("summary_en"),
					"/plans/" + year + "/commitments/" + number);
		}));
		all.addAll(this.jdbc.query("""
				SELECT p.plan_year, c.number, i.position, i.name_zh, i.name_en, c.title_zh, c.title_en
				FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id
				WHERE p.status = 'PUBLISHED'
				""", (row, n) -> {
			int year = row.getInt("plan_year");
			int number = row.getInt("number");
			return new Searchable(SearchKind.INDICATOR, year + "/" + number + "/" + row.getInt("position"), year,
					row.getString("name_zh"), row.getString("name_en"), row.getString("title_zh"),
					row.getString("title_en"), "/plans/" + year + "/commitments/" + number);
		}));
		all.addAll(this.jdbc.query("SELECT id, story_year, title_zh, title_en, body_zh, summary_en FROM story",
				(row, n) -> new Searchable(SearchKind.STORY, String.valueOf(row.getLong("id")),
						row.getInt("story_year"), row.getString("title_zh"), row.getString("title_en"),
						row.getString("body_zh"), row.getString("summary_en"), "/stories/" + row.getLong("id"))));
		all.addAll(this.jdbc.query("""
				SELECT id, origin, body, EXTRACT(YEAR FROM submitted_at) AS submitted_year
				FROM suggestion WHERE state = 'PUBLISHED'
				""", (row, n) -> {
			String body = row.getString("body");
			return new Searchable("PRESS".equals(row.getString("origin")) ? SearchKind.HOPE : SearchKind.SUGGESTION,
					String.valueOf(row.getLong("id")), row.getInt("submitted_year"), shorten(body), null, body, null,
					"/suggestions/" + row.getLong("id"));
		}));
		return all;
	}

	private static String join(String first, String second) {
		if (first == null) {
			return second;
		}
		return (second == null) ? first : first + "\n" + second;
	}

	static String shorten(String text) {
		int[] points = text.codePoints().toArray();
		return (points.length <= 40) ? text : new String(points, 0, 40) + "…";
	}

}
