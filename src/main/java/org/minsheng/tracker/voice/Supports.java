package org.minsheng.tracker.voice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.PortalProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who support a published suggestion: one support per person, where a person is a
 * random token in a cookie (stored only as a salted hash, unique per suggestion in the
 * database), with a cap per (hashed) client address so that clearing cookies does not
 * multiply one voice, and a rate limit per address.
 */
@Service
public class Supports {

	static final String ACTION = "support";

	private final JdbcTemplate jdbc;

	private final Suggestions suggestions;

	private final RateLimiter limiter;

	private final ClientHashes hashes;

	private final Clock clock;

	private final int perAddress;

	private final int perHour;

	Supports(JdbcTemplate jdbc, Suggestions suggestions, RateLimiter limiter, ClientHashes hashes, Clock clock,
			PortalProperties settings) {
		this.jdbc = jdbc;
		this.suggestions = suggestions;
		this.limiter = limiter;
		this.hashes = hashes;
		this.clock = clock;
		this.perAddress = settings.voice().supportsPerAddress();
		this.perHour = settings.voice().supportsPerHour();
	}

	/**
	 * Counts this person's support. A concurrent second click from the same person fails
	 * on the unique constraint; callers treat that as {@link SupportOutcome#ALREADY}.
	 */
	@Transactional
	public SupportOutcome support(long suggestionId, String token, String remoteAddress) {
		Suggestion suggestion = this.suggestions.findById(suggestionId)
			.filter(Suggestion::isPublic)
			.orElseThrow(() -> new NotFoundException("notFound.suggestion", suggestionId));
		String address = this.hashes.address(remoteAddress);
		String supporter = this.hashes.supporter(token);
		if (hasSupportedHash(suggestion.getId(), supporter)) {
			return SupportOutcome.ALREADY;
		}
		if (!this.limiter.tryAcquire(ACTION, address, this.perHour)
				|| fromAddress(suggestion.getId(), address) >= this.perAddress) {
			return SupportOutcome.TOO_MANY;
		}
		this.jdbc.update(
				"INSERT INTO suggestion_support (suggestion_id, supporter_hash, address_hash, supported_at) VALUES (?, ?, ?, ?)",
				suggestion.getId(), supporter, address, Timestamp.from(this.clock.instant()));
		return SupportOutcome.COUNTED;
	}

	@Transactional(readOnly = true)
	public boolean hasSupported(long suggestionId, String token) {
		return token != null && hasSupportedHash(suggestionId, this.hashes.supporter(token));
	}

	private boolean hasSupportedHash(long suggestionId, String supporter) {
		Long count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM suggestion_support WHERE suggestion_id = ? AND supporter_hash = ?", Long.class,
				suggestionId, supporter);
		return count != null && count > 0;
	}

	private long fromAddress(Long suggestionId, String address) {
		Long count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM suggestion_support WHERE suggestion_id = ? AND address_hash = ?", Long.class,
				suggestionId, address);
		return (count != null) ? count : 0;
	}

	/**
	 * How many people ask for each published suggestion: its supporters plus the
	 * duplicates merged into it, in two statements whatever the number of suggestions.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> counts() {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.query("SELECT suggestion_id, COUNT(*) FROM suggestion_support GROUP BY suggestion_id",
				(RowCallbackHandler) (row) -> counts.merge(row.getLong(1), row.getLong(2), Long::sum));
		this.jdbc.query(
				"SELECT merged_into_id, COUNT(*) FROM suggestion WHERE state = 'MERGED' GROUP BY merged_into_id",
				(RowCallbackHandler) (row) -> counts.merge(row.getLong(1), row.getLong(2), Long::sum));
		return counts;
	}

	@Transactional(readOnly = true)
	public long count(long suggestionId) {
		Long count = this.jdbc.queryForObject(
				"SELECT (SELECT COUNT(*) FROM suggestion_support WHERE suggestion_id = ?) "
						+ "+ (SELECT COUNT(*) FROM suggestion WHERE merged_into_id = ? AND state = 'MERGED')",
				Long.class, suggestionId, suggestionId);
		return (count != null) ? count : 0;
	}

}
