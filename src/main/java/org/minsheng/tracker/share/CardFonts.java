package org.minsheng.tracker.share;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.File;
import java.io.IOException;
import java.text.AttributedString;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fonts of the preview cards: the same files as the review PDF (docs/fonts.md), Droid
 * Sans Fallback for Chinese and DejaVu Sans for Latin letters and digits, which Droid
 * Sans Fallback lacks. Without the files, Java's logical sans-serif font stands in.
 */
@Component
class CardFonts {

	private final Font chinese;

	private final Font latin;

	private final Font latinBold;

	CardFonts(@Value("${portal.pdf.cjk-font:/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}") File cjk,
			@Value("${portal.pdf.latin-font:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}") File latin,
			@Value("${portal.pdf.latin-bold-font:/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}") File latinBold) {
		this.chinese = load(cjk);
		this.latin = load(latin);
		this.latinBold = load(latinBold);
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
		Font latinFont = (bold ? this.latinBold : this.latin).deriveFont(size);
		Font chineseFont = this.chinese.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
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
