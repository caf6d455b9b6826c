package org.minsheng.tracker.share;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.File;
import java.io.IOException;
import java.text.AttributedString;

import org.minsheng.tracker.system.PortalProperties;
import org.springframework.stereotype.Component;

/**
 * The fonts of the preview cards: the same files as the review PDF (docs/fonts.md), Droid
 * Sans Fallback for Chinese and DejaVu Sans for Latin letters and digits, which Droid
 * Sans Fallback lacks. Without the files, Java's logical sans-serif font stands in.
 */
@Component
class CardFonts {

	private final PortalProperties.Pdf files;

	private volatile Loaded loaded;

	CardFonts(PortalProperties settings) {
		this.files = settings.pdf();
	}

	/**
	 * The fonts, read on the first card rather than at start-up (the Chinese font alone
	 * is several megabytes).
	 */
	private Loaded fonts() {
		Loaded fonts = this.loaded;
		if (fonts == null) {
			synchronized (this) {
				fonts = this.loaded;
				if (fonts == null) {
					fonts = new Loaded(load(this.files.cjkFont()), load(this.files.latinFont()),
							load(this.files.latinBoldFont()));
					this.loaded = fonts;
				}
			}
		}
		return fonts;
	}

	private record Loaded(Font chinese, Font latin, Font latinBold) {
	}

	private static Font load(File file) {
		try {
			return file.canRead() ? Font.createFont(Font.TRUETYPE_FONT, file)
					: new Font(Font.SANS_SERIF, Font.PLAIN, 1);
		}
		catch (FontFormatException | IOException ex) {
			return new Font(Font.SANS_SERIF, Font.PLAIN, 1);
		}
	}

	/** The text with each character in a font that has it, at the size. */
	AttributedString text(String text, float size, boolean bold) {
		AttributedString styled = new AttributedString(text.isEmpty() ? " " : text);
		if (text.isEmpty()) {
			return styled;
		}
		Loaded fonts = fonts();
		Font latinFont = (bold ? fonts.latinBold() : fonts.latin()).deriveFont(size);
		Font chineseFont = fonts.chinese().deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
		int start = 0;
		boolean startChinese = needsChinese(text.charAt(0), latinFont);
		for (int i = 1; i <= text.length(); i++) {
			boolean chinese = (i < text.length()) && needsChinese(text.charAt(i), latinFont);
			if (i == text.length() || chinese != startChinese) {
				styled.addAttribute(TextAttribute.FONT, startChinese ? chineseFont : latinFont, start, i);
				start = i;
				startChinese = chinese;
			}
		}
		return styled;
	}

	private static boolean needsChinese(char c, Font latin) {
		return c >= 0x2E80 || !latin.canDisplay(c);
	}

}
