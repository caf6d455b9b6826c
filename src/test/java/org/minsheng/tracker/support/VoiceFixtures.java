package org.minsheng.tracker.support;

import org.minsheng.tracker.system.PublicRevision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what tests sent through the suggestion form (the seeded press hopes stay,
 * unlinked), with supports and rate-limit counts, so that every test starts from the
 * seed.
 */
@Component
public class VoiceFixtures {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final PublicRevision revision;

	VoiceFixtures(JdbcTemplate jdbc, TransactionTemplate transaction, PublicRevision revision) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.revision = revision;
	}

	public void removeSubmittedSuggestions() {
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.update("DELETE FROM suggestion_support");
			this.jdbc.update("DELETE FROM rate_limit_bucket");
			this.jdbc.update("DELETE FROM suggestion WHERE origin = 'PUBLIC' AND state = 'MERGED'");
			this.jdbc.update("DELETE FROM suggestion WHERE origin = 'PUBLIC'");
			this.jdbc.update("UPDATE suggestion SET commitment_id = NULL, moderated_by = NULL");
			this.revision.bump();
		});
	}

	public Long idOf(String text) {
		return this.jdbc.queryForObject("SELECT id FROM suggestion WHERE body = ?", Long.class, text);
	}

	public long count(String where, Object... arguments) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM suggestion WHERE " + where, Long.class, arguments);
		return (count != null) ? count : 0;
	}

}
