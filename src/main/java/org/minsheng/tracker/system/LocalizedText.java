package org.minsheng.tracker.system;

import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A piece of data text kept in Chinese and English (titles, names, units). Chinese is the
 * authority; English falls back to Chinese when it is missing.
 */
@Embeddable
public record LocalizedText(String zh, String en) {

	public String in(Locale locale) {
		if (SupportedLanguages.isEnglish(locale) && this.en != null && !this.en.isBlank()) {
			return this.en;
		}
		return this.zh;
	}

}
