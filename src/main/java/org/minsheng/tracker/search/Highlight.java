package org.minsheng.tracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text cut into pieces, the pieces that match the query marked: the template prints each
 * piece escaped and wraps the marked ones in {@code <mark>}.
 */
public record Highlight(List<Piece> pieces) {

	/** A piece of text, marked or not. */
	public record Piece(String text, boolean marked) {
	}

	/** The text with every occurrence of every term marked (case-insensitive). */
	static Highlight of(String text, List<String> terms) {
		String lower = text.toLowerCase(Locale.ROOT);
		boolean[] marked = new boolean[text.length()];
		for (String term : terms) {
			String t = term.toLowerCase(Locale.ROOT);
			int from = lower.indexOf(t);
			while (from >= 0 && !t.isEmpty()) {
				for (int k = from; k < from + t.length() && k < marked.length; k++) {
					marked[k] = true;
				}
				from = lower.indexOf(t, from + t.length());
			}
		}
		List<Piece> pieces = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || marked[i] != marked[start]) {
				pieces.add(new Piece(text.substring(start, i), marked.length > 0 && marked[start]));
				start = i;
			}
		}
		return new Highlight(pieces);
	}

	/** Around the first match: some text before it and more after, with ellipses. */
	static String excerpt(String text, List<String> terms, int before, int after) {
		String lower = text.toLowerCase(Locale.ROOT);
		int at = -1;
		for (String term : terms) {
			int found = lower.indexOf(term.toLowerCase(Locale.ROOT));
			if (found >= 0 && (at < 0 || found < at)) {
				at = found;
			}
		}
		int start = Math.max(0, (at < 0) ? 0 : at - before);
		int end = Math.min(text.length(), ((at < 0) ? 0 : at) + after);
		if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
			start--;
		}
		if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
			end++;
		}
		return ((start > 0) ? "…" : "") + text.substring(start, end).strip() + ((end < text.length()) ? "…" : "");
	}

	public boolean hasMark() {
		return this.pieces.stream().anyMatch(Piece::marked);
	}

}
