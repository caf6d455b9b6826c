package org.minsheng.tracker.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * How a batch keeps its rows in the database: CSV text, each record the row number then
 * the cells as read, whatever the uploaded file's type and encoding was.
 */
final class BatchContent {

	private BatchContent() {
	}

	static String encode(List<SheetRow> rows) {
		StringBuilder text = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
			for (SheetRow row : rows) {
				List<String> record = new ArrayList<>();
				record.add(String.valueOf(row.number()));
				record.addAll(SheetFormat.values(row.line()));
				printer.printRecord(record);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	static List<SheetRow> decode(String content, int width) {
		List<SheetRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(content, CSVFormat.DEFAULT)) {
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				rows.add(new SheetRow(Integer.parseInt(cells.get(0)),
						SheetFormat.fromValues(cells.subList(1, cells.size()), width)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
