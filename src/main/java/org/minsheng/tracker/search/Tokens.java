package org.minsheng.tracker.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

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
		scan(text, (han) -> addHan(han, tokens, true), (word) -> {
			for (int end = Math.min(3, word.length()); end <= Math.min(word.length(), MAX_LENGTH); end++) {
				tokens.add(word.substring(0, end));
			}
		});
		return tokens;
	}

	/**
	 * The tokens a document must hold to contain the query: its character pairs (or the
	 * single character), its words.
	 */
	static Set<String> ofQuery(String query) {
		Set<String> tokens = new LinkedHashSet<>();
		scan(query, (han) -> addHan(han, tokens, false),
				(word) -> tokens.add(word.substring(0, Math.min(word.length(), MAX_LENGTH))));
		return tokens;
	}

	/**
	 * Splits lower-cased text into runs of Chinese characters and runs of letters and
	 * digits; everything else separates them.
	 */
	private static void scan(String text, Consumer<String> hanRun, Consumer<String> word) {
		String lower = text.toLowerCase(Locale.ROOT);
		int i = 0;
		while (i < lower.length()) {
			int c = lower.codePointAt(i);
			if (isHan(c)) {
				int start = i;
				while (i < lower.length() && isHan(lower.codePointAt(i))) {
					i += Character.charCount(lower.codePointAt(i));
				}
				hanRun.accept(lower.substring(start, i));
			}
			else if (Character.isLetterOrDigit(c)) {
				int start = i;
				while (i < lower.length() && isWordPart(lower.codePointAt(i))) {
					i += Character.charCount(lower.codePointAt(i));
				}
				word.accept(lower.substring(start, i));
			}
			else {
				i += Character.charCount(c);
			}
		}
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
