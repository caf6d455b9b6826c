package org.minsheng.tracker.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One public thing that search can find, in both languages, with the page it lives on.
 *
 * @param kind what it is
 * @param key its identity within its kind ("2025/4", a story's id)
 * @param year the year it belongs to
 * @param titleZh its title (Chinese)
 * @param titleEn its title (English; may be null)
 * @param bodyZh its text (Chinese; may be null)
 * @param bodyEn its text (English; may be null)
 * @param link the path of its page
 */
record Searchable(SearchKind kind, String key, Integer year, String titleZh, String titleEn, String bodyZh,
		String bodyEn, String link) {

	Set<String> tokens() {
		Set<String> tokens = new LinkedHashSet<>();
		for (String text : new String[] { this.titleZh, this.titleEn, this.bodyZh, this.bodyEn }) {
			tokens.addAll(Tokens.ofText(text));
		}
		return tokens;
	}

	/**
	 * A fingerprint of everything shown, to tell a changed document from an unchanged
	 * one.
	 */
	String digest() {
		String all = String.join("\u0000", this.kind.name(), this.key, Objects.toString(this.year),
				Objects.toString(this.titleZh), Objects.toString(this.titleEn), Objects.toString(this.bodyZh),
				Objects.toString(this.bodyEn), this.link);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
