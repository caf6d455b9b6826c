package org.minsheng.tracker.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * What the hash chain covers of one audit event, in one canonical form: each event's hash
 * is the SHA-256 of the previous event's hash, its place in the chain and every column it
 * records (text length-prefixed, a missing value marked, the time in microseconds since
 * the epoch, as both databases store it).
 *
 * @param occurredAt when it happened
 * @param actor who did it
 * @param action what was done
 * @param subjectType the kind of record acted on, or null
 * @param subjectId its id, or null
 * @param before the state before, or null
 * @param after the state after, or null
 * @param remoteAddress where the request came from, or null
 * @param detail more, or null
 */
record ChainedContent(Instant occurredAt, String actor, String action, String subjectType, Long subjectId,
		String before, String after, String remoteAddress, String detail) {

	/** The hash the first event links to. */
	static final String GENESIS = "0".repeat(64);

	/** The columns {@link #of(ResultSet)} reads, with the id and the chain's own. */
	static final String COLUMNS = "id, occurred_at, actor, action, subject_type, subject_id, before_state, "
			+ "after_state, remote_address, detail, chain_position, chain_hash";

	/**
	 * The content of the current row of a query selecting {@link #COLUMNS}.
	 * @param row the row
	 * @return its content
	 * @throws SQLException if the row cannot be read
	 */
	static ChainedContent of(ResultSet row) throws SQLException {
		return new ChainedContent(row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				row.getString("actor"), row.getString("action"), row.getString("subject_type"),
				row.getObject("subject_id", Long.class), row.getString("before_state"), row.getString("after_state"),
				row.getString("remote_address"), row.getString("detail"));
	}

	/**
	 * An instant as the databases keep it (microseconds).
	 * @param instant the instant
	 * @return the instant without its nanoseconds
	 */
	static Instant stored(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * This event's link.
	 * @param previousHash the previous event's hash ({@link #GENESIS} for the first)
	 * @param position this event's place in the chain, from 1
	 * @return the lower-case hexadecimal SHA-256
	 */
	String hash(String previousHash, long position) {
		StringBuilder text = new StringBuilder(256).append(previousHash).append('\n').append(position);
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, this.occurredAt);
		text.append('\n').append(micros);
		for (String field : new String[] { this.actor, this.action, this.subjectType,
				(this.subjectId != null) ? this.subjectId.toString() : null, this.before, this.after,
				this.remoteAddress, this.detail }) {
			text.append('\n');
			if (field == null) {
				text.append('-');
			}
			else {
				text.append(field.length()).append(':').append(field);
			}
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
