package org.minsheng.tracker.voice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes two suggestions the same text: letters, digits and Chinese characters in
 * lower case, full-width forms folded (NFKC), without spaces or punctuation, hashed
 * (SHA-256). Used to spot duplicates, whatever area each was filed under.
 */
final class Fingerprint {

	private static final Pattern NOT_A_WORD = Pattern.compile("[\\W_]+", Pattern.UNICODE_CHARACTER_CLASS);

	private Fingerprint() {
	}

	static String of(String text) {
		String normalized = words(text);
		return sha256(normalized);
	}

	/**
	 * The letters, digits and Chinese characters of a text, full-width forms folded to
	 * their usual ones (NFKC: "ＡＢＣ１２" is "abc12"), in lower case; empty for a text of
	 * emoji, punctuation or invisible characters only.
	 */
	static String words(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return NOT_A_WORD.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
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
