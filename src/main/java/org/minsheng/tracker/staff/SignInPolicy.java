package org.minsheng.tracker.staff;

import java.time.Duration;

/**
 * After {@code maxFailures} wrong passwords in a row an account is locked for
 * {@code lockFor}.
 */
public record SignInPolicy(int maxFailures, Duration lockFor) {

	public static final SignInPolicy DEFAULT = new SignInPolicy(5, Duration.ofMinutes(15));

}
