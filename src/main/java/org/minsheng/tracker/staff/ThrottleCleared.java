package org.minsheng.tracker.staff;

/**
 * An administrator cleared a sign-in throttle.
 *
 * @param kind an account name or a client address
 * @param key the name or the address
 * @param failures the failures that were counted
 * @param admin who cleared it
 */
public record ThrottleCleared(Throttle.Kind kind, String key, int failures, String admin) {

}
