package org.minsheng.tracker.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.AttributedCharacterIterator;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

/**
 * Paints a 1200 × 630 preview card (the Open Graph size): the site's name, a title, the
 * completion rate in large figures with a bar, and a line of facts. Java2D, headless.
 */
@Component
class CardPainter {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	private static final Color ACCENT = new Color(0x9b1c1c);

	private static final Color INK = new Color(0x1a1a1a);

	private static final Color MUTED = new Color(0x4a4a4a);

	private static final Color TRACK = new Color(0xe4e4e4);

	private static final Color DONE = new Color(0x1b6b3a);

	private final CardFonts fonts;

	CardPainter(CardFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * The card as PNG bytes.
	 * @param rate the completion rate in percent (null: none yet)
	 */
	byte[] paint(Card card) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(ACCENT);
			g.fillRect(0, 0, WIDTH, 96);
			g.setColor(Color.WHITE);
			line(g, card.site(), 28f, true, 60, 62);
			g.setColor(INK);
			float y = paragraph(g, card.title(), 52f, true, 60, 170, WIDTH - 120, 2);
			g.setColor(MUTED);
			line(g, card.subtitle(), 30f, false, 60, (int) y + 46);
			g.setColor(DONE);
			line(g, card.rateText(), 120f, true, 60, 470);
			bar(g, card.rate(), 520, 390, 620, 44);
			g.setColor(INK);
			paragraph(g, card.facts(), 30f, false, 520, 480, 620, 2);
			g.setColor(MUTED);
			line(g, card.footer(), 24f, false, 60, 590);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private void line(Graphics2D g, String text, float size, boolean bold, int x, int baseline) {
		g.drawString(this.fonts.text(text, size, bold).getIterator(), x, baseline);
	}

	/** Draws wrapped text, at most {@code maxLines} lines; returns the last baseline. */
	private float paragraph(Graphics2D g, String text, float size, boolean bold, int x, int firstBaseline, int width,
			int maxLines) {
		AttributedCharacterIterator iterator = this.fonts.text(text, size, bold).getIterator();
		FontRenderContext context = g.getFontRenderContext();
		LineBreakMeasurer measurer = new LineBreakMeasurer(iterator, context);
		float y = firstBaseline;
		int lines = 0;
		while (measurer.getPosition() < iterator.getEndIndex() && lines < maxLines) {
			TextLayout layout = measurer.nextLayout(width);
			if (lines > 0) {
				y += layout.getAscent() + layout.getDescent() + layout.getLeading() + 6;
			}
			layout.draw(g, x, y);
			lines++;
		}
		return y;
	}

	private static void bar(Graphics2D g, BigDecimal rate, int x, int y, int width, int height) {
		g.setColor(TRACK);
		g.fill(new RoundRectangle2D.Double(x, y, width, height, height, height));
		if (rate != null) {
			double share = Math.max(0, Math.min(100, rate.doubleValue())) / 100;
			g.setColor(DONE);
			g.fill(new RoundRectangle2D.Double(x, y, Math.max(height, width * share), height, height, height));
		}
		g.setColor(INK);
		g.setStroke(new BasicStroke(2f));
		g.draw(new RoundRectangle2D.Double(x, y, width, height, height, height));
	}

	/**
	 * What a card says.
	 *
	 * @param site the site's name
	 * @param title the commitment's or the year's title
	 * @param subtitle a second line (the plan, or the status)
	 * @param rate the completion rate in percent, or null
	 * @param rateText the rate as shown ("100%", "—")
	 * @param facts the essential figures in a sentence
	 * @param footer where the figures come from and when
	 */
	record Card(String site, String title, String subtitle, BigDecimal rate, String rateText, String facts,
			String footer) {
	}

}
