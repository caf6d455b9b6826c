package org.minsheng.tracker.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV in UTF-8 with a byte-order mark, written as the rows come. */
final class StreamingCsv implements TableWriter {

	private final BufferedWriter out;

	private final CSVPrinter printer;

	private boolean headerWritten;

	StreamingCsv(OutputStream stream) {
		try {
			stream.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
			this.printer = new CSVPrinter(this.out, CSVFormat.DEFAULT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void sheet(String name, List<String> header) {
		if (this.headerWritten) {
			throw new IllegalStateException("a CSV file holds one table");
		}
		this.headerWritten = true;
		row(header);
	}

	@Override
	public void row(List<String> cells) {
		try {
			this.printer.printRecord(cells.stream().map(SheetFormat::guard).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.printer.flush();
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
