package org.minsheng.tracker.system;

/**
 * Whether a typed text shows anything to a reader: the one rule for "empty" in every
 * reason, note and suggestion. A text of invisible characters only (spaces, a
 * right-to-left override U+202E, zero-width spaces, control characters, lone combining
 * marks …) counts as empty, so it can neither stand in for a required reason nor be
 * published as one.
 */
public final class VisibleText {

	private VisibleText() {
	}

	/** True when the text is null or has no visible character. */
	public static boolean isBlank(String text) {
		return text == null || text.codePoints().noneMatch(VisibleText::isVisible);
	}

	private static boolean isVisible(int codePoint) {
		if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
			return false;
		}
		return switch (Character.getType(codePoint)) {
			case Character.FORMAT, Character.CONTROL, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
					Character.NON_SPACING_MARK, Character.ENCLOSING_MARK ->
				false;
			default -> true;
		};
	}

}
