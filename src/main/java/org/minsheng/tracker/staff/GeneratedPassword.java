package org.minsheng.tracker.staff;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random passwords of 24 URL-safe characters (144 bits), shown once and stored only as a
 * hash.
 */
final class GeneratedPassword {

	private static final SecureRandom RANDOM = new SecureRandom();

	private GeneratedPassword() {
	}

	static String next() {
		byte[] random = new byte[18];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
