package org.minsheng.tracker.staff;

import org.springframework.security.authentication.LockedException;

/**
 * An attempt refused without checking the password because the account name or the client
 * address must wait ({@link SignInThrottles}); the sign-in page says to try again later,
 * the same for every account name, known or not.
 */
class SignInThrottledException extends LockedException {

	SignInThrottledException() {
		super("too many failed sign-ins; try again later");
	}

}
