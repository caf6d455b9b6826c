package org.minsheng.tracker.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV files: read in UTF-8 with or without a byte-order mark, or GBK (what Excel in China
 * saves); written in UTF-8 with a byte-order mark so that Excel opens Chinese correctly.
 */
final class CsvSheets {

	static final Charset GBK = Charset.forName("GBK");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

	private CsvSheets() {
	}

	/** The rows of a CSV file, as cells; blank lines are skipped. */
	static List<List<String>> read(byte[] bytes) {
		String text = decode(bytes);
		List<List<String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			for (CSVRecord record : parser) {
				if (rows.size() > SheetLimits.MAX_ROWS) {
					throw new SheetException("import.error.tooManyRows", SheetLimits.MAX_ROWS);
				}
				rows.add(record.toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new SheetException("import.error.brokenCsv");
		}
		return rows;
	}

	/** The text of a CSV file: UTF-8 (byte-order mark removed) or else GBK. */
	static String decode(byte[] bytes) {
		if (startsWithBom(bytes)) {
			String text = strictly(StandardCharsets.UTF_8, bytes, BOM.length);
			if (text == null) {
				throw new SheetException("import.error.encoding");
			}
			return text;
		}
		String utf8 = strictly(StandardCharsets.UTF_8, bytes, 0);
		if (utf8 != null) {
			return utf8;
		}
		String gbk = strictly(GBK, bytes, 0);
		if (gbk == null) {
			throw new SheetException("import.error.encoding");
		}
		return gbk;
	}

	/** Writes rows as UTF-8 with a byte-order mark. */
	static byte[] write(List<List<String>> rows) {
		StringBuilder text = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(body, 0, file, BOM.length, body.length);
		return file;
	}

	private static boolean startsWithBom(byte[] bytes) {
		return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
	}

	private static String strictly(Charset charset, byte[] bytes, int offset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
