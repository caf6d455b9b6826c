package org.minsheng.tracker.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Parts of a page already rendered and encoded ({@link RenderedFragments}) that the page
 * refers to by a marker while it is written, and that are spliced into its bytes when its
 * body is taken ({@link CapturingResponse#body()}): a page whose main content is kept
 * rendered encodes only the layout around it (encoding the whole page was a sixth of an
 * uncached render's CPU). A marker holds a nonce drawn for each page, so text a visitor
 * wrote cannot pass for one; a marker's look-alike without it stays text.
 */
final class EncodedParts {

	/** The request attribute under which a page being captured offers its parts. */
	static final String ATTRIBUTE = EncodedParts.class.getName();

	private static final char OPEN = '\uE000';

	private static final char CLOSE = '\uE001';

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Drawn with the first part: most captured pages (all but two kinds) have none. */
	private String prefix;

	private final List<Part> parts = new ArrayList<>();

	/** A part's HTML with its UTF-8 bytes, encoded once when it was rendered. */
	record Part(String html, byte[] utf8) {

		static Part of(String html) {
			return new Part(html, html.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** The marker that stands for this part in the page's text. */
	String add(Part part) {
		if (this.prefix == null) {
			byte[] nonce = new byte[12];
			RANDOM.nextBytes(nonce);
			this.prefix = OPEN + HexFormat.of().formatHex(nonce) + ':';
		}
		this.parts.add(part);
		return this.prefix + (this.parts.size() - 1) + CLOSE;
	}

	boolean isEmpty() {
		return this.parts.isEmpty();
	}

	/** The page's text encoded in the charset, each marker replaced by its part. */
	byte[] splice(CharSequence text, Charset charset) {
		if (this.prefix == null) {
			return text.toString().getBytes(charset);
		}
		boolean utf8 = StandardCharsets.UTF_8.equals(charset);
		String page = text.toString();
		ByteArrayOutputStream out = new ByteArrayOutputStream(page.length() + 1024);
		int from = 0;
		int at = page.indexOf(this.prefix);
		while (at >= 0) {
			int close = page.indexOf(CLOSE, at + this.prefix.length());
			Part part = (close > 0) ? partAt(page.substring(at + this.prefix.length(), close)) : null;
			if (part == null) {
				at = page.indexOf(this.prefix, at + 1);
				continue;
			}
			out.writeBytes(page.substring(from, at).getBytes(charset));
			out.writeBytes(utf8 ? part.utf8() : part.html().getBytes(charset));
			from = close + 1;
			at = page.indexOf(this.prefix, from);
		}
		out.writeBytes(page.substring(from).getBytes(charset));
		return out.toByteArray();
	}

	private Part partAt(String index) {
		if (index.isEmpty() || index.length() > 9 || !index.chars().allMatch(Character::isDigit)) {
			return null;
		}
		int i = Integer.parseInt(index);
		return (i < this.parts.size()) ? this.parts.get(i) : null;
	}

}
