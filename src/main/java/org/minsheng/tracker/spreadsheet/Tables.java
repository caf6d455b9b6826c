package org.minsheng.tracker.spreadsheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes any table (a header row, then data rows) as the portal writes its own sheets:
 * CSV in UTF-8 with a byte-order mark, or XLSX with text cells; every cell carries
 * {@link SheetFormat#guard(String) the formula guard}.
 */
public final class Tables {

	private Tables() {
	}

	public static byte[] csv(List<List<String>> rows) {
		return CsvSheets.write(guarded(rows));
	}

	/** A workbook with one sheet per entry, in the map's order. */
	public static byte[] xlsx(Map<String, List<List<String>>> sheets) {
		Map<String, List<List<String>>> guarded = new LinkedHashMap<>();
		sheets.forEach((name, rows) -> guarded.put(name, guarded(rows)));
		return XlsxSheets.write(guarded);
	}

	/** A CSV file written to this stream as rows come ({@link TableWriter}). */
	public static TableWriter csvTo(java.io.OutputStream out) {
		return new StreamingCsv(out);
	}

	/**
	 * An XLSX workbook written to this stream, one sheet after another
	 * ({@link TableWriter}).
	 */
	public static TableWriter xlsxTo(java.io.OutputStream out) {
		return new StreamingXlsx(out);
	}

	private static List<List<String>> guarded(List<List<String>> rows) {
		return rows.stream().map((row) -> row.stream().map(SheetFormat::guard).toList()).toList();
	}

}
