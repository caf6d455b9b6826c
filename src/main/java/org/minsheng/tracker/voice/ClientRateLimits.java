package org.minsheng.tracker.voice;

import org.springframework.stereotype.Service;

/**
 * The per-client hourly limit other public forms share with the suggestion form: counts
 * in {@code rate_limit_bucket} under the client address's salted hash, on every instance.
 */
@Service
public class ClientRateLimits {

	private final RateLimiter limiter;

	private final ClientHashes hashes;

	ClientRateLimits(RateLimiter limiter, ClientHashes hashes) {
		this.limiter = limiter;
		this.hashes = hashes;
	}

	/**
	 * Counts one more {@code action} from this client address; false once it is over
	 * {@code perHour} this hour.
	 */
	public boolean tryAcquire(String action, String remoteAddress, int perHour) {
		return this.limiter.tryAcquire(action, this.hashes.address(remoteAddress), perHour);
	}

}
