package org.minsheng.tracker.site;

import java.util.List;

/**
 * One row of an uploaded sites sheet as the preview shows it: what it will do, or why it
 * cannot be taken.
 *
 * @param row its row number in the file
 * @param cells its cells
 * @param outcome what committing it does (null when refused)
 * @param refusals why it cannot be taken: message keys with their arguments
 */
public record SiteImportRow(int row, List<String> cells, Outcome outcome, List<Refusal> refusals) {

	/** What a row does. */
	public enum Outcome {

		/** A new site, filed for review. */
		NEW,
		/** A change to a site, filed for review. */
		CHANGED,
		/** The same as what was filed last: nothing is filed. */
		UNCHANGED

	}

	/** A reason a row is refused. */
	public record Refusal(String key, List<String> arguments) {

		static Refusal of(String key, Object... arguments) {
			return new Refusal(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
		}

		public Object[] args() {
			return this.arguments.toArray();
		}

	}

	public boolean refused() {
		return !this.refusals.isEmpty();
	}

	/** The row number as text (no digit grouping). */
	public String rowText() {
		return String.valueOf(this.row);
	}

}
