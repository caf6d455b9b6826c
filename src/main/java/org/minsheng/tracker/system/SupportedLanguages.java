package org.minsheng.tracker.system;

import java.util.Locale;

/**
 * The portal speaks Simplified Chinese (the default) and English.
 */
public final class SupportedLanguages {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final Locale ENGLISH = Locale.ENGLISH;

	private SupportedLanguages() {
	}

	public static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/** Any requested locale mapped onto one the portal has text for. */
	public static Locale closest(Locale requested) {
		return isEnglish(requested) ? ENGLISH : CHINESE;
	}

}
