package org.minsheng.tracker.voice;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.minsheng.tracker.system.PortalProperties;
import org.springframework.stereotype.Component;

/**
 * Client addresses and supporter tokens are stored only as SHA-256 hashes with a
 * server-side salt ({@code portal.voice.hash-salt}), the same on every instance.
 */
@Component
class ClientHashes {

	private static final Log logger = LogFactory.getLog(ClientHashes.class);

	private final String salt;

	ClientHashes(PortalProperties settings) {
		String salt = settings.voice().hashSalt();
		if (settings.voice().usesDevelopmentSalt()) {
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
