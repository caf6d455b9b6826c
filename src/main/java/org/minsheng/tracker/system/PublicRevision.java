package org.minsheng.tracker.system;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A counter in the database, bumped in the same transaction as any change to public data.
 * Caches key their entries by it, so every instance behind the load balancer sees a
 * change at once, and no instance needs to tell another.
 */
@Component
public class PublicRevision {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PublicRevision(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public long current() {
		Long revision = this.jdbc.queryForObject("SELECT revision FROM public_revision WHERE id = 1", Long.class);
		return (revision != null) ? revision : 0L;
	}

	/** The revision and when it was last bumped, read together. */
	public State state() {
		return this.jdbc.queryForObject("SELECT revision, changed_at FROM public_revision WHERE id = 1",
				(row, number) -> new State(row.getLong("revision"),
						row.getObject("changed_at", java.time.OffsetDateTime.class).toInstant()));
	}

	/**
	 * Marks public data as changed, in the transaction of the change that published the
	 * event: the change and the new revision commit together.
	 */
	@EventListener
	void publicDataChanged(PublicDataChanged event) {
		bump();
	}

	/** Marks public data as changed; runs inside the transaction that changes it. */
	public void bump() {
		this.jdbc.update("UPDATE public_revision SET revision = revision + 1, changed_at = ? WHERE id = 1",
				Timestamp.from(this.clock.instant()));
	}

	/**
	 * A revision of the public data.
	 *
	 * @param revision the counter
	 * @param changedAt when it was last bumped
	 */
	public record State(long revision, java.time.Instant changedAt) {
	}

}
