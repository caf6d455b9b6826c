package org.minsheng.tracker.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX with text cells, written through POI's streaming workbook: only the last
 * {@value #WINDOW} rows of a sheet stay in memory, the rest go to a compressed temporary
 * file that is deleted when the workbook is written.
 */
final class StreamingXlsx implements TableWriter {

	private static final int WINDOW = 200;

	private final OutputStream out;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final CellStyle text;

	private final CellStyle header;

	private SXSSFSheet sheet;

	private int rows;

	StreamingXlsx(OutputStream out) {
		this.out = out;
		this.workbook.setCompressTempFiles(true);
		this.text = this.workbook.createCellStyle();
		this.text.setDataFormat(this.workbook.createDataFormat().getFormat("@"));
		this.header = this.workbook.createCellStyle();
		this.header.cloneStyleFrom(this.text);
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.header.setFont(bold);
	}

	@Override
	public void sheet(String name, List<String> headerCells) {
		this.sheet = this.workbook.createSheet(name);
		this.rows = 0;
		for (int c = 0; c < headerCells.size(); c++) {
			this.sheet.setDefaultColumnStyle(c, this.text);
			this.sheet.setColumnWidth(c, 14 * 256);
		}
		this.sheet.createFreezePane(0, 1);
		write(headerCells, this.header);
	}

	@Override
	public void row(List<String> cells) {
		if (this.sheet == null) {
			throw new IllegalStateException("start a sheet first");
		}
		write(cells, this.text);
	}

	private void write(List<String> cells, CellStyle style) {
		Row row = this.sheet.createRow(this.rows++);
		for (int c = 0; c < cells.size(); c++) {
			Cell cell = row.createCell(c, CellType.STRING);
			cell.setCellStyle(style);
			cell.setCellValue(SheetFormat.guard(cells.get(c)));
		}
	}

	@Override
	public void close() {
		try (SXSSFWorkbook finished = this.workbook) {
			finished.write(this.out);
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
