package org.minsheng.tracker.voice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts what one client address does per hour in the database, so the limit holds
 * however many instances serve the requests. Each count commits on its own: a refused or
 * failed request still counts.
 */
@Component
class RateLimiter {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	RateLimiter(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Counts one more action from this (hashed) address; false once over the limit. */
	boolean tryAcquire(String action, String addressHash, int perHour) {
		Instant now = this.clock.instant();
		Timestamp hour = Timestamp.from(now.truncatedTo(ChronoUnit.HOURS));
		Integer hits;
		try {
			hits = count(action, addressHash, hour, now);
		}
		catch (DuplicateKeyException ex) {
			// another instance created this hour's bucket at the same moment: count again
			hits = count(action, addressHash, hour, now);
		}
		return hits != null && hits <= perHour;
	}

	private Integer count(String action, String addressHash, Timestamp hour, Instant now) {
		return this.ownTransaction.execute((status) -> {
			int updated = this.jdbc.update(
					"UPDATE rate_limit_bucket SET hits = hits + 1 WHERE address_hash = ? AND action = ? AND hour_start = ?",
					addressHash, action, hour);
			if (updated == 0) {
				this.jdbc.update("DELETE FROM rate_limit_bucket WHERE address_hash = ? AND hour_start < ?", addressHash,
						Timestamp.from(now.minus(Duration.ofDays(1))));
				this.jdbc.update(
						"INSERT INTO rate_limit_bucket (address_hash, action, hour_start, hits) VALUES (?, ?, ?, 1)",
						addressHash, action, hour);
			}
			return this.jdbc.queryForObject(
					"SELECT hits FROM rate_limit_bucket WHERE address_hash = ? AND action = ? AND hour_start = ?",
					Integer.class, addressHash, action, hour);
		});
	}

}
