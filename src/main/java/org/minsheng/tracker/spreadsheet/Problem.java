package org.minsheng.tracker.spreadsheet;

/**
 * One thing wrong with a row: the column it is in (null: the row as a whole), a message
 * key and its arguments.
 */
public record Problem(String column, String messageKey, Object... arguments) {

	public Problem {
		// Shown as written: a year is "2025", not "2,025".
		arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toArray();
	}

}
