package org.minsheng.tracker.staff;

import java.time.Instant;

/**
 * Failed sign-ins counted for one account name or one client address, as administrators
 * see them.
 *
 * @param kind an account name or a client address
 * @param key the account name typed or the address
 * @param failures wrong passwords counted
 * @param lastFailureAt when the last one was
 * @param waitUntil until when attempts are refused without checking the password, or null
 * when they are not
 */
public record Throttle(Kind kind, String key, int failures, Instant lastFailureAt, Instant waitUntil) {

	/** What is counted. */
	public enum Kind {

		/** An account name, whether or not such an account exists. */
		ACCOUNT,
		/** A client address. */
		ADDRESS

	}

	public boolean waiting() {
		return this.waitUntil != null;
	}

}
