package org.minsheng.tracker.voice;

import java.util.Optional;
import org.minsheng.tracker.system.VisibleText;

/**
 * Whether a suggestion's text can be read at all. A text of invisible characters only
 * (spaces, a right-to-left override U+202E, zero-width joiners …) is refused as empty; a
 * text of emoji or punctuation only is refused too, asking for words: moderators cannot
 * read it, and two such texts would otherwise count as duplicates of each other (their
 * fingerprints, made of words, would both be empty).
 */
public final class SuggestionText {

	private SuggestionText() {
	}

	/** The message key saying why the text cannot be taken, if it cannot. */
	public static Optional<String> refusal(String text) {
		if (VisibleText.isBlank(text)) {
			return Optional.of("voice.error.textInvisible");
		}
		if (Fingerprint.words(text).isEmpty()) {
			return Optional.of("voice.error.textNoWords");
		}
		return Optional.empty();
	}

}
