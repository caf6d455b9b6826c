package org.minsheng.tracker.system;

/**
 * Text typed into a form: trimmed, with blank meaning absent.
 */
public final class FormText {

	private FormText() {
	}

	/** The trimmed text, or null when nothing but blanks was typed. */
	public static String clean(String typed) {
		return (typed == null || typed.isBlank()) ? null : typed.strip();
	}

	/** The Chinese and English text, English falling back to Chinese. */
	public static LocalizedText localized(String zh, String en) {
		String chinese = clean(zh);
		String english = clean(en);
		return new LocalizedText(chinese, (english != null) ? english : chinese);
	}

}
