package org.minsheng.tracker.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per account name and per client address in the database (so
 * every instance behind the load balancer shares them) and says when an attempt must wait
 * ({@link SignInPolicy}). Every count is a single SQL {@code UPDATE … SET failures =
 * failures + 1}, never a read-modify-write of the versioned account: concurrent attempts
 * are all counted and audited, and none fails with an optimistic-lock error. An unknown
 * account name is counted and throttled exactly like a known one, so the answers do not
 * tell which names exist.
 */
@Service
public class SignInThrottles {

	/** Account names are at most 60 characters; anything longer is cut for counting. */
	static final int MAX_KEY = 60;

	private static final int TRIES = 20;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SignInPolicy policy = SignInPolicy.DEFAULT;

	SignInThrottles(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The account name as counted: trimmed, lower case, control characters replaced, at
	 * most {@link #MAX_KEY} characters.
	 */
	static String normalize(String typed) {
		String name = (typed == null) ? "" : typed.strip().toLowerCase(Locale.ROOT);
		StringBuilder clean = new StringBuilder(Math.min(name.length(), MAX_KEY));
		name.codePoints()
			.limit(MAX_KEY)
			.forEach((c) -> clean.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
		String result = clean.toString();
		return (result.length() > MAX_KEY) ? result.substring(0, MAX_KEY) : result;
	}

	private static String address(String address) {
		return (address == null || address.isBlank()) ? null : normalize(address);
	}

	/**
	 * Until when an attempt for this account name from this address is refused without
	 * checking the password; null when it may go ahead.
	 */
	public Instant refusedUntil(String username, String address) {
		Instant now = this.clock.instant();
		return find(normalize(username), address(address)).stream()
			.map(Throttle::waitUntil)
			.filter((until) -> until != null && until.isAfter(now))
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * A wrong password (or a disabled account): counted for the account, the name typed
	 * and the client address, and audited, all in one transaction (tried again when a
	 * concurrent attempt inserted the same count first).
	 */
	public void wrongPassword(String username, String address) {
		String name = normalize(username);
		String from = address(address);
		inTransaction(() -> {
			Instant now = this.clock.instant();
			this.jdbc.update("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = ?", name);
			int forName = count(Throttle.Kind.ACCOUNT, name, now);
			int forAddress = (from != null) ? count(Throttle.Kind.ADDRESS, from, now) : 0;
			boolean waits = forName >= this.policy.accountFailures() || forAddress >= this.policy.addressFailures();
			this.events.publishEvent(
					new SignInActivity(name, waits ? SignInActivity.Kind.LOCKED : SignInActivity.Kind.WRONG_PASSWORD));
			return null;
		});
	}

	/**
	 * An attempt refused without checking the password: told to the account's owner at
	 * their next sign-in and audited, but it does not lengthen the delay.
	 */
	public void refused(String username) {
		String name = normalize(username);
		inTransaction(() -> {
			this.jdbc.update("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = ?", name);
			this.events.publishEvent(new SignInActivity(name, SignInActivity.Kind.REFUSED_WHILE_LOCKED));
			return null;
		});
	}

	/**
	 * A successful sign-in: the failures since the previous one are kept to be told, the
	 * account name's count starts again (the client address's does not) and it is
	 * audited.
	 */
	public void signedIn(String username) {
		String name = normalize(username);
		inTransaction(() -> {
			this.jdbc.update("UPDATE app_user SET failures_to_tell = failed_attempts, failed_attempts = 0, "
					+ "last_sign_in_at = ? WHERE username = ?", timestamp(this.clock.instant()), name);
			this.jdbc.update("DELETE FROM sign_in_throttle WHERE kind = ? AND throttle_key = ?",
					Throttle.Kind.ACCOUNT.name(), name);
			this.events.publishEvent(new SignInActivity(name, SignInActivity.Kind.SIGNED_IN));
			return null;
		});
	}

	/** Counts still remembered, those that make attempts wait first. */
	public List<Throttle> current() {
		Instant now = this.clock.instant();
		List<Throttle> all = new ArrayList<>(this.jdbc.query(
				"SELECT kind, throttle_key, failures, last_failure_at FROM sign_in_throttle WHERE last_failure_at >= ? "
						+ "ORDER BY last_failure_at DESC",
				(rs, row) -> throttle(Throttle.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
						rs.getObject(4, OffsetDateTime.class).toInstant(), now),
				timestamp(now.minus(this.policy.forgetAfter()))));
		all.sort(Comparator.comparing((Throttle t) -> !t.waiting()));
		return all;
	}

	/**
	 * Forgets a count (an administrator's decision, audited); false when there was none.
	 */
	public boolean clear(Throttle.Kind kind, String key, String admin) {
		return inTransaction(() -> {
			List<Integer> failures = this.jdbc.queryForList(
					"SELECT failures FROM sign_in_throttle WHERE kind = ? AND throttle_key = ? FOR UPDATE",
					Integer.class, kind.name(), key);
			if (failures.isEmpty()) {
				return false;
			}
			this.jdbc.update("DELETE FROM sign_in_throttle WHERE kind = ? AND throttle_key = ?", kind.name(), key);
			this.events.publishEvent(new ThrottleCleared(kind, key, failures.get(0), admin));
			return true;
		});
	}

	/**
	 * Deletes the counts whose last failure is forgotten: they no longer make anyone wait
	 * and are not shown. Returns how many.
	 */
	public int forgetExpired() {
		return inTransaction(() -> this.jdbc.update("DELETE FROM sign_in_throttle WHERE last_failure_at < ?",
				timestamp(this.clock.instant().minus(this.policy.forgetAfter()))));
	}

	private List<Throttle> find(String name, String address) {
		Instant now = this.clock.instant();
		return this.jdbc.query(
				"SELECT kind, throttle_key, failures, last_failure_at FROM sign_in_throttle "
						+ "WHERE (kind = 'ACCOUNT' AND throttle_key = ?) OR (kind = 'ADDRESS' AND throttle_key = ?)",
				(rs, row) -> throttle(Throttle.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
						rs.getObject(4, OffsetDateTime.class).toInstant(), now),
				name, (address != null) ? address : "");
	}

	private Throttle throttle(Throttle.Kind kind, String key, int failures, Instant last, Instant now) {
		return new Throttle(kind, key, failures, last, this.policy.waitUntil(kind, failures, last, now));
	}

	/**
	 * One more failure for this key in a single UPDATE (a count whose last failure is
	 * forgotten starts again at one); the first inserts the row.
	 */
	private int count(Throttle.Kind kind, String key, Instant now) {
		int updated = this.jdbc.update(
				"UPDATE sign_in_throttle SET failures = CASE WHEN last_failure_at < ? THEN 1 ELSE failures + 1 END, "
						+ "last_failure_at = ? WHERE kind = ? AND throttle_key = ?",
				timestamp(now.minus(this.policy.forgetAfter())), timestamp(now), kind.name(), key);
		if (updated == 0) {
			this.jdbc.update(
					"INSERT INTO sign_in_throttle (kind, throttle_key, failures, last_failure_at) VALUES (?, ?, 1, ?)",
					kind.name(), key, timestamp(now));
		}
		return this.jdbc.queryForObject("SELECT failures FROM sign_in_throttle WHERE kind = ? AND throttle_key = ?",
				Integer.class, kind.name(), key);
	}

	/**
	 * Runs the work in its own transaction, again when a concurrent attempt won a race (a
	 * duplicate first row, a lock timeout): each attempt is counted exactly once.
	 */
	private <T> T inTransaction(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transaction.execute((status) -> work.get());
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				if (attempt >= TRIES) {
					throw ex;
				}
			}
		}
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
