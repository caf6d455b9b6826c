package org.minsheng.tracker.voice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes two suggestions the same text: letters, digits and Chinese characters in
 * lower case, without spaces or punctuation, hashed (SHA-256). Used to spot duplicates.
 */
final class Fingerprint {

	private static final Pattern NOT_A_WORD = Pattern.compile("[\\W_]+", Pattern.UNICODE_CHARACTER_CLASS);

	private Fingerprint() {
	}

	static String of(String text) {
		String normalized = NOT_A_WORD.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
		return sha256(normalized);
	}

	static String sha256(String value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
