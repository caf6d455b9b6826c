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
		/**
		 * A wrong password after which further attempts for the account name or from the
		 * address must wait ({@link SignInPolicy}).
		 */
		LOCKED,
		/** A sign-in refused without checking the password while it must wait. */
		REFUSED_WHILE_LOCKED,
		/** Signed out. */
		SIGNED_OUT

	}

}
