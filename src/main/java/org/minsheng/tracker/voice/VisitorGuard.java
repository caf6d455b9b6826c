package org.minsheng.tracker.voice;

import org.springframework.stereotype.Service;

/**
 * What other features' public forms share with the suggestions: the salted hashes of a
 * client address and of a supporter's cookie token, and the per-address hourly rate limit
 * kept in the database for every instance.
 */
@Service
public class VisitorGuard {

	private final ClientHashes hashes;

	private final RateLimiter limiter;

	VisitorGuard(ClientHashes hashes, RateLimiter limiter) {
		this.hashes = hashes;
		this.limiter = limiter;
	}

	/** The salted hash of a client address (64 hex characters). */
	public String address(String remoteAddress) {
		return this.hashes.address(remoteAddress);
	}

	/** The salted hash of a supporter's cookie token (64 hex characters). */
	public String supporter(String token) {
		return this.hashes.supporter(token);
	}

	/**
	 * Counts one more {@code action} from this client address; false once it has done it
	 * more than {@code perHour} times this hour.
	 */
	public boolean tryAcquire(String action, String remoteAddress, int perHour) {
		return this.limiter.tryAcquire(action, this.hashes.address(remoteAddress), perHour);
	}

}
