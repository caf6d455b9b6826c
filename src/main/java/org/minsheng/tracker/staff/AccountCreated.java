package org.minsheng.tracker.staff;

/**
 * A staff account was created, by an administrator or, on first start, by the portal.
 *
 * @param userId the account
 * @param username its name
 * @param access its roles and departments ({@link StaffUser#describeAccess()}), or null
 * for the first administrator
 * @param password where its password came from
 * @param actor who created it ("system" on first start)
 */
public record AccountCreated(Long userId, String username, String access, PasswordSource password, String actor) {

	/** Where a new account's password came from (never the password itself). */
	public enum PasswordSource {

		GENERATED, SET_BY_ADMINISTRATOR, FROM_ENVIRONMENT

	}

}
