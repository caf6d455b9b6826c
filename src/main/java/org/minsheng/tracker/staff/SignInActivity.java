package org.minsheng.tracker.staff;

/**
 * Someone signed in, failed to, or signed out of the staff workspace.
 *
 * @param username the name typed or signed in with
 * @param kind what happened
 */
public record SignInActivity(String username, Kind kind) {

	/** What happened at the sign-in form. */
	public enum Kind {

		/** Signed in. */
		SIGNED_IN,
		/** A wrong password. */
		WRONG_PASSWORD,
		/** A wrong password that locked the account. */
		LOCKED,
		/** A sign-in refused because the account is locked. */
		REFUSED_WHILE_LOCKED,
		/** Signed out. */
		SIGNED_OUT

	}

}
