package org.minsheng.tracker.staff;

/**
 * An administrator changed an account.
 *
 * @param userId the account
 * @param change what changed
 * @param before its access before ({@link StaffUser#describeAccess()})
 * @param after its access after
 * @param admin who changed it
 */
public record AccountChanged(Long userId, Change change, String before, String after, String admin) {

	/** What an administrator changed in an account. */
	public enum Change {

		ACCESS, DISABLED, ENABLED, PASSWORD_RESET,

		/** The account's owner chose a new password (the actor is the owner). */
		PASSWORD_CHANGED,

		/** The account's owner set or removed their reminder email address. */
		EMAIL_CHANGED

	}

}
