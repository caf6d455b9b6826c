package org.minsheng.tracker.voice;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Client addresses and supporter tokens are stored only as SHA-256 hashes with a
 * server-side salt ({@code portal.voice.hash-salt}), the same on every instance.
 */
@Component
class ClientHashes {

	static final String DEVELOPMENT_SALT = "development-only-salt";

	private static final Log logger = LogFactory.getLog(ClientHashes.class);

	private final String salt;

	ClientHashes(@Value("${portal.voice.hash-salt:" + DEVELOPMENT_SALT + "}") String salt) {
		if (salt.isBlank()) {
			throw new IllegalStateException("portal.voice.hash-salt must not be blank");
		}
		if (DEVELOPMENT_SALT.equals(salt)) {
			logger.warn("portal.voice.hash-salt is not set: using the development salt. "
					+ "Set PORTAL_VOICE_HASH_SALT to a long random value in production.");
		}
		this.salt = salt;
	}

	String address(String remoteAddress) {
		return Fingerprint.sha256(this.salt + "|address|" + remoteAddress);
	}

	String supporter(String token) {
		return Fingerprint.sha256(this.salt + "|supporter|" + token);
	}

}
