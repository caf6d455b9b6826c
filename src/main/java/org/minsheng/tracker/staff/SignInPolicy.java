package org.minsheng.tracker.staff;

import java.time.Duration;
import java.time.Instant;

/**
 * Sign-in throttling instead of a lock anyone could hold: once an account name (whether
 * or not such an account exists) has had {@code accountFailures} wrong passwords, or a
 * client address {@code addressFailures}, further attempts for it are refused without
 * checking the password until {@code firstDelay} after the last failure; the delay
 * doubles with each further failure up to {@code maxDelay}. Refused attempts do not
 * lengthen the delay, so the right password after the delay always works. A count whose
 * last failure is older than {@code forgetAfter} starts again.
 */
public record SignInPolicy(int accountFailures, int addressFailures, Duration firstDelay, Duration maxDelay,
		Duration forgetAfter) {

	public static final SignInPolicy DEFAULT = new SignInPolicy(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15),
			Duration.ofDays(1));

	/**
	 * How long attempts wait after the last of {@code failures}; zero below the limit.
	 */
	Duration delay(int failures, int limit) {
		if (failures < limit) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - limit, 30);
		Duration delay = this.firstDelay.multipliedBy(1L << doublings);
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

	/** Until when attempts are refused, or null when they are not. */
	Instant waitUntil(Throttle.Kind kind, int failures, Instant lastFailure, Instant now) {
		if (lastFailure.isBefore(now.minus(this.forgetAfter))) {
			return null;
		}
		Instant until = lastFailure.plus(delay(failures, limit(kind)));
		return until.isAfter(now) ? until : null;
	}

	int limit(Throttle.Kind kind) {
		return (kind == Throttle.Kind.ACCOUNT) ? this.accountFailures : this.addressFailures;
	}

}
