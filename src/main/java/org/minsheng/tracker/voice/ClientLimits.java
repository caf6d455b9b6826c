package org.minsheng.tracker.voice;

import org.springframework.stereotype.Service;

/**
 * The per-client limits of the public forms, for the features outside this one that take
 * residents' input (ratings and problem reports at a site): each action counted per hour
 * per salted hash of the client address, in the database, so the limit holds on every
 * instance.
 */
@Service
public class ClientLimits {

	private final RateLimiter limiter;

	private final ClientHashes hashes;

	ClientLimits(RateLimiter limiter, ClientHashes hashes) {
		this.limiter = limiter;
		this.hashes = hashes;
	}

	/**
	 * Counts one more {@code action} (at most 20 characters) from this address; false
	 * once over {@code perHour}.
	 */
	public boolean tryAcquire(String action, String remoteAddress, int perHour) {
		return this.limiter.tryAcquire(action, addressHash(remoteAddress), perHour);
	}

	/** The salted hash stored instead of the address. */
	public String addressHash(String remoteAddress) {
		return this.hashes.address(remoteAddress);
	}

}
