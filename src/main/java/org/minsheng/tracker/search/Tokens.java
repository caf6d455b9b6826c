package org.minsheng.tracker.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into the tokens the index holds. Chinese has no spaces, so every Chinese
 * character and every pair of neighbouring Chinese characters is a token: a query of two
 * characters (电梯) is one exact token, a longer one is the set of its pairs. Latin words
 * are tokens in lower case together with their prefixes of three letters and more, so
 * "elevator" finds "elevators".
 */
final class Tokens {

	static final int MAX_LENGTH = 20;

	private Tokens() {
	}

	/** Every token of a text, for the index. */
	static Set<String> ofText(String text) {
		Set<String> tokens = new LinkedHashSet<>();
		if (text == null) {
			return tokens;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		int i = 0;
		while (i < lower.length()) {
			int c = lower.codePointAt(i);
			if (isHan(c)) {
				int start = i;
				while (i < lower.length() && isHan(lower.codePointAt(i))) {
					i += Character.charCount(lower.codePointAt(i));
				}
				addHan(lower.substring(start, i), tokens, true);
			}
			else if (Character.isLetterOrDigit(c)) {
				int start = i;
				while (i < lower.length() && isWordPart(lower.codePointAt(i))) {
					i += Character.charCount(lower.codePointAt(i));
				}
				String word = lower.substring(start, i);
				for (int end = Math.min(3, word.length()); end <= Math.min(word.length(), MAX_LENGTH); end++) {
					tokens.add(word.substring(0, end));
				}
			}
			else {
				i += Character.charCount(c);
			}
		}
		return tokens;
	}

	/**
	 * The tokens a document must hold to contain the query: its character pairs (or the
	 * single character), its words.
	 */
	static Set<String> ofQuery(String query) {
		Set<String> tokens = new LinkedHashSet<>();
		String lower = query.toLowerCase(Locale.ROOT);
		int i = 0;
		while (i < lower.length()) {
			int c = lower.codePointAt(i);
			if (isHan(c)) {
				int start = i;
				while (i < lower.length() && isHan(lower.codePointAt(i))) {
					i += Character.charCount(lower.codePointAt(i));
				}
				addHan(lower.substring(start, i), tokens, false);
			}
			else if (Character.isLetterOrDigit(c)) {
				int start = i;
				while (i < lower.length() && isWordPart(lower.codePointAt(i))) {
					i += Character.charCount(lower.codePointAt(i));
				}
				String word = lower.substring(start, i);
				tokens.add(word.substring(0, Math.min(word.length(), MAX_LENGTH)));
			}
			else {
				i += Character.charCount(c);
			}
		}
		return tokens;
	}

	private static void addHan(String run, Set<String> tokens, boolean withSingles) {
		int[] points = run.codePoints().toArray();
		if (withSingles || points.length == 1) {
			for (int point : points) {
				tokens.add(new String(Character.toChars(point)));
			}
		}
		for (int k = 0; k + 1 < points.length; k++) {
			tokens.add(new String(points, k, 2));
		}
	}

	static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static boolean isWordPart(int codePoint) {
		return !isHan(codePoint) && Character.isLetterOrDigit(codePoint);
	}

}
