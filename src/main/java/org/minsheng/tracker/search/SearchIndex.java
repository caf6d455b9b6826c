package org.minsheng.tracker.search;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minsheng.tracker.system.PublicRevision;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search tables: one row per public document and one per (token, document), whose
 * primary key is the B-tree that answers a query. The tables follow the public data: when
 * the {@link PublicRevision} has moved on since they were last brought up to date, the
 * next search first updates the documents that changed (under a row lock, so two
 * instances never do it twice).
 */
@Component
class SearchIndex {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final PublicRevision revision;

	private final SearchSources sources;

	SearchIndex(JdbcTemplate jdbc, TransactionTemplate transaction, PublicRevision revision, SearchSources sources) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.revision = revision;
		this.sources = sources;
	}

	/** Brings the tables up to date if public data changed since; one query if not. */
	void refresh() {
		Long indexed = this.jdbc.queryForObject("SELECT revision FROM search_state WHERE id = 1", Long.class);
		if (indexed != null && indexed == this.revision.current()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			Long locked = this.jdbc.queryForObject("SELECT revision FROM search_state WHERE id = 1 FOR UPDATE",
					Long.class);
			long current = this.revision.current();
			if (locked != null && locked == current) {
				// Another request (or instance) brought it up to date while this one
				// waited.
				return;
			}
			synchronise(this.sources.all());
			this.jdbc.update("UPDATE search_state SET revision = ? WHERE id = 1", current);
		});
	}

	private void synchronise(List<Searchable> documents) {
		Map<String, Stored> stored = new HashMap<>();
		this.jdbc.query("SELECT id, kind, ref_key, digest FROM search_doc", (row) -> {
			stored.put(row.getString("kind") + ":" + row.getString("ref_key"),
					new Stored(row.getLong("id"), row.getString("digest")));
		});
		for (Searchable document : documents) {
			String digest = document.digest();
			Stored existing = stored.remove(document.kind().name() + ":" + document.key());
			if (existing != null && existing.digest().equals(digest)) {
				continue;
			}
			if (existing != null) {
				delete(existing.id());
			}
			insert(document, digest);
		}
		for (Stored gone : stored.values()) {
			delete(gone.id());
		}
	}

	private void delete(long id) {
		this.jdbc.update("DELETE FROM search_token WHERE doc_id = ?", id);
		this.jdbc.update("DELETE FROM search_doc WHERE id = ?", id);
	}

	private void insert(Searchable d, String digest) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO search_doc (kind, ref_key, doc_year, title_zh, title_en, body_zh, body_en, link, digest)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			Object[] values = { d.kind().name(), d.key(), d.year(), d.titleZh(), d.titleEn(), d.bodyZh(), d.bodyEn(),
					d.link(), digest };
			for (int i = 0; i < values.length; i++) {
				insert.setObject(i + 1, values[i]);
			}
			return insert;
		}, keys);
		long id = keys.getKey().longValue();
		List<Object[]> rows = new ArrayList<>();
		for (String token : d.tokens()) {
			rows.add(new Object[] { token, id });
		}
		this.jdbc.batchUpdate("INSERT INTO search_token (token, doc_id) VALUES (?, ?)", rows);
	}

	/**
	 * The documents holding every token, newest year first, at most {@code limit}.
	 * @param year only this year, or null for all
	 */
	List<Searchable> candidates(Collection<String> tokens, Integer year, int limit) {
		String marks = String.join(",", tokens.stream().map((t) -> "?").toList());
		List<Object> arguments = new ArrayList<>(tokens);
		arguments.add(tokens.size());
		String yearFilter = "";
		if (year != null) {
			yearFilter = " AND d.doc_year = ?";
			arguments.add(year);
		}
		arguments.add(limit);
		return this.jdbc.query("SELECT d.kind, d.ref_key, d.doc_year, d.title_zh, d.title_en, d.body_zh, d.body_en, "
				+ "d.link FROM search_doc d WHERE d.id IN (SELECT t.doc_id FROM search_token t WHERE t.token IN ("
				+ marks + ") GROUP BY t.doc_id HAVING COUNT(*) = ?)" + yearFilter
				+ " ORDER BY d.doc_year DESC, d.kind, d.id LIMIT ?",
				(row, n) -> new Searchable(SearchKind.valueOf(row.getString("kind")), row.getString("ref_key"),
						(Integer) row.getObject("doc_year", Integer.class), row.getString("title_zh"),
						row.getString("title_en"), row.getString("body_zh"), row.getString("body_en"),
						row.getString("link")),
				arguments.toArray());
	}

	/** Of these tokens, the ones some document holds. */
	List<String> known(Collection<String> tokens) {
		if (tokens.isEmpty()) {
			return List.of();
		}
		String marks = String.join(",", tokens.stream().map((t) -> "?").toList());
		return this.jdbc.queryForList("SELECT DISTINCT token FROM search_token WHERE token IN (" + marks + ")",
				String.class, tokens.toArray());
	}

	/** The years that have something to find, newest first. */
	List<Integer> years() {
		return this.jdbc.queryForList(
				"SELECT DISTINCT doc_year FROM search_doc WHERE doc_year IS NOT NULL " + "ORDER BY doc_year DESC",
				Integer.class);
	}

	private record Stored(long id, String digest) {
	}

}
