package org.minsheng.tracker.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes sheet files in {@link SheetFormat}'s layout, CSV or XLSX alike: the
 * same lines written and read back are equal.
 */
public final class SheetFiles {

	private SheetFiles() {
	}

	/**
	 * The data rows of an uploaded file; rows with every cell empty are skipped.
	 * @throws SheetException when the file as a whole cannot be used
	 */
	public static List<SheetRow> read(String fileName, byte[] bytes, List<String> countyColumns) {
		SheetType type = SheetType.ofFileName(fileName).orElseThrow(() -> new SheetException("import.error.fileType"));
		if (bytes.length == 0) {
			throw new SheetException("import.error.emptyFile");
		}
		if (bytes.length > SheetLimits.MAX_BYTES) {
			throw new SheetException("import.error.tooLarge", SheetLimits.MAX_BYTES / 1024 / 1024);
		}
		List<List<String>> rows = (type == SheetType.CSV) ? CsvSheets.read(bytes) : XlsxSheets.read(bytes);
		if (rows.isEmpty()) {
			throw new SheetException("import.error.emptyFile");
		}
		List<String> header = SheetFormat.header(countyColumns);
		SheetFormat.checkHeader(rows.get(0), header);
		List<SheetRow> lines = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> cells = rows.get(i);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (cells.size() > header.size()
					&& !cells.subList(header.size(), cells.size()).stream().allMatch(String::isBlank)) {
				throw new SheetException("import.error.rowTooWide", i + 1, header.size());
			}
			lines.add(new SheetRow(i + 1, SheetFormat.line(cells, header.size())));
		}
		if (lines.isEmpty()) {
			throw new SheetException("import.error.noRows");
		}
		if (lines.size() > SheetLimits.MAX_ROWS) {
			throw new SheetException("import.error.tooManyRows", SheetLimits.MAX_ROWS);
		}
		return lines;
	}

	/**
	 * Any table of an uploaded file with this header (the sites' sheet, say), by the same
	 * rules as the figures' sheet: CSV in UTF-8 (with or without a byte-order mark) or
	 * GBK, or XLSX; size and row limits; the header checked cell by cell; rows with every
	 * cell empty skipped; each cell stripped of the formula guard.
	 * @return the data rows with their row numbers in the file
	 * @throws SheetException when the file as a whole cannot be used
	 */
	public static List<Map.Entry<Integer, List<String>>> readTable(String fileName, byte[] bytes, List<String> header) {
		SheetType type = SheetType.ofFileName(fileName).orElseThrow(() -> new SheetException("import.error.fileType"));
		if (bytes.length == 0) {
			throw new SheetException("import.error.emptyFile");
		}
		if (bytes.length > SheetLimits.MAX_BYTES) {
			throw new SheetException("import.error.tooLarge", SheetLimits.MAX_BYTES / 1024 / 1024);
		}
		List<List<String>> rows = (type == SheetType.CSV) ? CsvSheets.read(bytes) : XlsxSheets.read(bytes);
		if (rows.isEmpty()) {
			throw new SheetException("import.error.emptyFile");
		}
		SheetFormat.checkHeader(rows.get(0), header);
		List<Map.Entry<Integer, List<String>>> lines = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> cells = rows.get(i);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (cells.size() > header.size()
					&& !cells.subList(header.size(), cells.size()).stream().allMatch(String::isBlank)) {
				throw new SheetException("import.error.rowTooWide", i + 1, header.size());
			}
			List<String> row = new ArrayList<>();
			for (int c = 0; c < header.size(); c++) {
				row.add((c < cells.size()) ? SheetFormat.unguard(cells.get(c)).strip() : "");
			}
			lines.add(Map.entry(i + 1, row));
		}
		if (lines.isEmpty()) {
			throw new SheetException("import.error.noRows");
		}
		if (lines.size() > SheetLimits.MAX_ROWS) {
			throw new SheetException("import.error.tooManyRows", SheetLimits.MAX_ROWS);
		}
		return lines;
	}

	/** A file with the header row and these lines. */
	public static byte[] write(SheetType type, List<ReportLine> lines, List<String> countyColumns) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(SheetFormat.header(countyColumns));
		lines.forEach((line) -> rows.add(SheetFormat.cells(line)));
		return (type == SheetType.CSV) ? CsvSheets.write(rows) : XlsxSheets.write(rows);
	}

}
