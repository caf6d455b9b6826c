package org.minsheng.tracker.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox every email leaves through ({@code mail_outbox}). An email is queued in the
 * transaction of what caused it, so it exists exactly when that change does; it is sent
 * later by {@link OutboxSender} on whichever instance claims it first.
 */
@Service
public class MailOutbox {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MailOutbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues an email in the current transaction (or its own), unless one with the same
	 * key was queued before. Two transactions queueing the same key at the same moment:
	 * the second fails with a duplicate key, and nothing is sent twice.
	 * @return whether it was queued now
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean enqueue(OutgoingMail mail) {
		Integer known = this.jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = ?", Integer.class,
				mail.key());
		if (known != null && known > 0) {
			return false;
		}
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		this.jdbc.update(
				"INSERT INTO mail_outbox (dedup_key, recipient, subject, body, unsubscribe_url, created_at, next_attempt_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)",
				mail.key(), mail.to(), mail.subject(), mail.body(), mail.unsubscribeUrl(), now, now);
		return true;
	}

	/** Whether an email with this key was ever queued (and not forgotten since). */
	@Transactional(readOnly = true)
	public boolean isQueued(String key) {
		Integer known = this.jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = ?", Integer.class,
				key);
		return known != null && known > 0;
	}

	/**
	 * Forgets every email whose key starts with this prefix, sent or not (an unsubscribed
	 * address is kept nowhere, and nothing more is sent to it).
	 */
	@Transactional
	public int forget(String keyPrefix) {
		if (keyPrefix.isBlank()) {
			throw new IllegalArgumentException("a prefix is needed");
		}
		return this.jdbc.update("DELETE FROM mail_outbox WHERE dedup_key LIKE ?", escape(keyPrefix) + "%");
	}

	/** What waits in the outbox now. */
	@Transactional(readOnly = true)
	public Backlog backlog() {
		List<Backlog> rows = this.jdbc.query(
				"SELECT COUNT(*) FILTER (WHERE failed_at IS NULL), MIN(created_at) FILTER (WHERE failed_at IS NULL), "
						+ "COUNT(*) FILTER (WHERE failed_at IS NOT NULL) FROM mail_outbox WHERE sent_at IS NULL",
				(rs, row) -> {
					OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
					Duration age = (oldest != null) ? Duration.between(oldest.toInstant(), this.clock.instant())
							: Duration.ZERO;
					return new Backlog(rs.getLong(1), age.isNegative() ? Duration.ZERO : age, rs.getLong(3));
				});
		return rows.get(0);
	}

	/** The emails not sent, oldest first (at most 200), addresses masked. */
	@Transactional(readOnly = true)
	public List<QueuedMail> unsent() {
		return this.jdbc.query(
				"SELECT id, recipient, subject, created_at, attempts, next_attempt_at, failed_at, last_error "
						+ "FROM mail_outbox WHERE sent_at IS NULL ORDER BY id LIMIT 200",
				(rs, row) -> new QueuedMail(rs.getLong(1), QueuedMail.mask(rs.getString(2)), rs.getString(3),
						instant(rs.getObject(4, OffsetDateTime.class)), rs.getInt(5),
						instant(rs.getObject(6, OffsetDateTime.class)), instant(rs.getObject(7, OffsetDateTime.class)),
						rs.getString(8)));
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/** Deletes emails sent before this moment; returns how many. */
	@Transactional
	public int deleteSentBefore(Instant moment) {
		return this.jdbc.update(
				"DELETE FROM mail_outbox WHERE (sent_at IS NOT NULL AND sent_at < ?) "
						+ "OR (failed_at IS NOT NULL AND failed_at < ?)",
				moment.atOffset(ZoneOffset.UTC), moment.atOffset(ZoneOffset.UTC));
	}

	private static String escape(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
