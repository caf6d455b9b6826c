package org.minsheng.tracker.system;

import java.util.function.Supplier;

/**
 * The one optimistic-lock check of every staff decision: the version the person saw must
 * be the stored one. A decision without a version is refused like a stale one, never
 * taken blindly.
 */
public final class Versions {

	private Versions() {
	}

	/**
	 * Refuses a decision made on another version than the current one.
	 * @param seen the version the person's page showed, null when none was sent
	 * @param current the stored version
	 * @param conflict the feature's exception for "someone else changed it meanwhile"
	 */
	public static <X extends RuntimeException> void require(Long seen, long current, Supplier<X> conflict) {
		if (seen == null || seen != current) {
			throw conflict.get();
		}
	}

}
