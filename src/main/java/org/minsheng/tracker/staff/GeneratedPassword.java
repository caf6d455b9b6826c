package org.minsheng.tracker.staff;

import java.security.SecureRandom;

/**
 * Random passwords of 22 characters (about 127 bits) from letters and digits without
 * look-alikes (no 0, O, o, 1, I or l), shown once, stored only as a hash, and good for
 * the first sign-in only: the person must then choose their own.
 */
final class GeneratedPassword {

	/** Letters and digits without 0 O o 1 I l. */
	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";

	static final int LENGTH = 22;

	private static final SecureRandom RANDOM = new SecureRandom();

	private GeneratedPassword() {
	}

	static String next() {
		StringBuilder password = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
