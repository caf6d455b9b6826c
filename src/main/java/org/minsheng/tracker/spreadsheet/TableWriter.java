package org.minsheng.tracker.spreadsheet;

import java.io.Closeable;
import java.util.List;

/**
 * Writes a table row by row straight to an output stream, so that an export of a million
 * rows never holds them all in memory. Every cell carries
 * {@link SheetFormat#guard(String) the formula guard}. {@link #close()} finishes the
 * file; the stream itself stays open.
 */
public interface TableWriter extends Closeable {

	/**
	 * Starts a new sheet (XLSX) with its header row; CSV has only one, so it writes the
	 * header.
	 */
	void sheet(String name, List<String> header);

	/** Appends a data row to the current sheet. */
	void row(List<String> cells);

	@Override
	void close();

}
