package org.minsheng.tracker.display;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For templates ({@code @textRuns}): cuts text into its Chinese and other runs, so that
 * an English page can mark the Chinese ones {@code lang="zh-CN"} (names as printed, the
 * newspaper's words quoted in an English note). On Chinese pages the text stays whole.
 */
@Component("textRuns")
public class TextRuns {

	public List<Run> of(String text) {
		List<Run> runs = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return runs;
		}
		if (!"en".equals(LocaleContextHolder.getLocale().getLanguage())) {
			runs.add(new Run(text, false));
			return runs;
		}
		int start = 0;
		boolean chinese = isChinese(text.charAt(0));
		for (int i = 1; i <= text.length(); i++) {
			boolean here = (i < text.length()) && isChinese(text.charAt(i));
			if (i == text.length() || here != chinese) {
				runs.add(new Run(text.substring(start, i), chinese));
				start = i;
				chinese = here;
			}
		}
		return runs;
	}

	static boolean isChinese(char c) {
		return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
				|| Character.isSurrogate(c);
	}

	/**
	 * A run of text.
	 *
	 * @param text the characters
	 * @param chinese whether they are Chinese (to be marked on English pages)
	 */
	public record Run(String text, boolean chinese) {
	}

}
