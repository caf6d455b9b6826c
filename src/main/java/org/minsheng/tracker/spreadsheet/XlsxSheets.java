package org.minsheng.tracker.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minsheng.tracker.system.PortalFormat;

/**
 * XLSX files: the first sheet is read; every cell is written as text (format "@"), so
 * Excel keeps what the portal wrote. Numbers and dates a user typed are read as the text
 * the import expects (46, 2025-12-31); a formula is read as its last computed value.
 */
final class XlsxSheets {

	static final String SHEET_NAME = "进度填报";

	private XlsxSheets() {
	}

	static List<List<String>> read(byte[] bytes) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new SheetException("import.error.brokenXlsx");
			}
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > SheetLimits.MAX_ROWS) {
				throw new SheetException("import.error.tooManyRows", SheetLimits.MAX_ROWS);
			}
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				rows.add(cells(sheet.getRow(r)));
			}
			return rows;
		}
		catch (SheetException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new SheetException("import.error.brokenXlsx");
		}
	}

	static byte[] write(List<List<String>> rows) {
		return write(Map.of(SHEET_NAME, rows));
	}

	/** A workbook with one sheet per entry, in the map's order. */
	static byte[] write(Map<String, List<List<String>>> sheets) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle header = workbook.createCellStyle();
			header.cloneStyleFrom(text);
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			sheets.forEach((name, rows) -> fill(workbook.createSheet(name), rows, text, header));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void fill(Sheet sheet, List<List<String>> rows, CellStyle text, CellStyle header) {
		int width = rows.isEmpty() ? 0 : rows.get(0).size();
		for (int c = 0; c < width; c++) {
			sheet.setDefaultColumnStyle(c, text);
			sheet.setColumnWidth(c, 14 * 256);
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r);
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				Cell cell = row.createCell(c, CellType.STRING);
				cell.setCellStyle((r == 0) ? header : text);
				cell.setCellValue(cells.get(c));
			}
		}
		sheet.createFreezePane(0, 1);
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		if (row == null) {
			return cells;
		}
		for (int c = 0; c < row.getLastCellNum(); c++) {
			Cell cell = row.getCell(c);
			cells.add((cell != null) ? text(cell, cell.getCellType()) : "");
		}
		return cells;
	}

	private static String text(Cell cell, CellType type) {
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
						: PortalFormat.plain(BigDecimal.valueOf(cell.getNumericCellValue()));
			case BOOLEAN -> cell.getBooleanCellValue() ? SheetFormat.YES : SheetFormat.NO;
			case FORMULA -> text(cell, cell.getCachedFormulaResultType());
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}

}
