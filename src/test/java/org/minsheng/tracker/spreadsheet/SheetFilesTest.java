package org.minsheng.tracker.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading and writing sheets: the encodings Excel in China produces, the exact header,
 * the formula guard, XLSX from another writer, broken files, and a round trip that
 * changes nothing.
 */
class SheetFilesTest {

	static final List<String> COUNTIES = List.of("榆次区", "太谷区", "祁县", "平遥县", "灵石县", "介休市", "寿阳县", "昔阳县", "和顺县", "左权县",
			"榆社县");

	private static final Charset GBK = Charset.forName("GBK");

	private static final String HEADER = String.join(",", SheetFormat.header(COUNTIES));

	private static final String ELEVATORS = "2025,4,1,既有住宅加装电梯,部,50,否,,,2025-12-31,年底复核：榆次区完成30部,,,,30,,,,,,,20,,,";

	private static final String INSURANCE = "2025,7,1,完全成本保险,,,,,是,2025-11-30,\"已覆盖，含\"\"三大粮食作物\"\"\",https://example.org/a,,,,,,,,,,,,,";

	private static String csv(String... rows) {
		return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Arrays.stream(parts).forEach(out::writeBytes);
		return out.toByteArray();
	}

	private static List<ReportLine> lines(List<SheetRow> rows) {
		return rows.stream().map(SheetRow::line).toList();
	}

	private static SheetException refusal(String fileName, byte[] content) {
		return org.junit.jupiter.api.Assertions.assertThrows(SheetException.class,
				() -> SheetFiles.read(fileName, content, COUNTIES));
	}

	@Test
	void utf8WithAndWithoutByteOrderMarkAndGbkReadTheSameRows() {
		String text = csv(ELEVATORS, INSURANCE);
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8);
		byte[] gbk = text.getBytes(GBK);
		assertThat(gbk).isNotEqualTo(utf8);

		List<SheetRow> fromUtf8 = SheetFiles.read("进度.csv", utf8, COUNTIES);
		assertThat(SheetFiles.read("进度.CSV", withBom, COUNTIES)).isEqualTo(fromUtf8);
		assertThat(SheetFiles.read("进度.csv", gbk, COUNTIES)).isEqualTo(fromUtf8);

		assertThat(fromUtf8).extracting(SheetRow::number).containsExactly(2, 3);
		ReportLine elevators = fromUtf8.get(0).line();
		assertThat(elevators.indicatorName()).isEqualTo("既有住宅加装电梯");
		assertThat(elevators.value()).isEqualTo("50");
		assertThat(elevators.note()).isEqualTo("年底复核：榆次区完成30部");
		assertThat(elevators.counties().get(0)).isEqualTo("30");
		assertThat(elevators.counties().get(7)).isEqualTo("20");
		assertThat(fromUtf8.get(1).line().note()).isEqualTo("已覆盖，含\"三大粮食作物\"");
		assertThat(fromUtf8.get(1).line().taskDone()).isEqualTo("是");
	}

	@Test
	void aFileInNeitherEncodingIsRefused() {
		byte[] gbkHeader = (HEADER + "\r\n").getBytes(GBK);
		byte[] utf8Row = "2025,4,1,既有住宅加装电梯,部,50,否,,,2025-12-31,县,".getBytes(StandardCharsets.UTF_8);
		assertThat(refusal("mixed.csv", concat(gbkHeader, utf8Row)).getMessageKey()).isEqualTo("import.error.encoding");
		byte[] stray = concat(csv(ELEVATORS).getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xFF });
		assertThat(refusal("stray.csv", stray).getMessageKey()).isEqualTo("import.error.encoding");
		byte[] badAfterBom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, gbkHeader);
		assertThat(refusal("bom.csv", badAfterBom).getMessageKey()).isEqualTo("import.error.encoding");
	}

	@Test
	void theHeaderMustBeExactAndTheBadColumnIsNamed() {
		SheetException renamed = refusal("a.csv",
				csv(ELEVATORS).replaceFirst(",数值,", ",数量,").getBytes(StandardCharsets.UTF_8));
		assertThat(renamed.getMessageKey()).isEqualTo("import.error.header.wrong");
		assertThat(renamed.getArguments()).containsExactly("6", "数值", "数量");

		String withoutLastCounty = csv(ELEVATORS).replaceFirst(",榆社县", "");
		SheetException missing = refusal("a.csv", withoutLastCounty.getBytes(StandardCharsets.UTF_8));
		assertThat(missing.getMessageKey()).isEqualTo("import.error.header.missing");
		assertThat(missing.getArguments()).containsExactly("25", "榆社县");

		String extra = csv(ELEVATORS).replaceFirst("榆社县", "榆社县,备注");
		SheetException extraColumn = refusal("a.csv", extra.getBytes(StandardCharsets.UTF_8));
		assertThat(extraColumn.getMessageKey()).isEqualTo("import.error.header.extra");
		assertThat(extraColumn.getArguments()).containsExactly("26", "备注");

		assertThat(refusal("a.csv", "年度,实事编号\r\n".getBytes(StandardCharsets.UTF_8)).getMessageKey())
			.isEqualTo("import.error.header.missing");
		assertThat(refusal("a.csv", (ELEVATORS + ",多余").getBytes(StandardCharsets.UTF_8)).getMessageKey())
			.isEqualTo("import.error.header.wrong");
	}

	@Test
	void formulaCellsAreGuardedOnExportAndTheGuardIsRemovedOnImport() {
		assertThat(SheetFormat.guard("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(SheetFormat.guard("+1")).isEqualTo("'+1");
		assertThat(SheetFormat.guard("-5")).isEqualTo("'-5");
		assertThat(SheetFormat.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SheetFormat.guard("46")).isEqualTo("46");
		assertThat(SheetFormat.guard("'引号开头")).isEqualTo("'引号开头");
		for (String text : List.of("=1+1", "+1", "-5", "@x", "'=1", "''=1", "'plain", "plain", "", "\t=1")) {
			assertThat(SheetFormat.unguard(SheetFormat.guard(text))).as(text).isEqualTo(text);
		}
		assertThat(SheetFormat.unguard("-5")).isEqualTo("-5");

		ReportLine dangerous = line("=cmd|' /C calc'!A0", "-3", "@note");
		byte[] file = SheetFiles.write(SheetType.CSV, List.of(dangerous), COUNTIES);
		String written = new String(file, StandardCharsets.UTF_8);
		assertThat(written).contains("'=cmd|' /C calc'!A0", ",'-3,", "'@note").doesNotContain(",=cmd", ",-3,");
		assertThat(lines(SheetFiles.read("x.csv", file, COUNTIES))).containsExactly(dangerous);
	}

	@Test
	void csvAndXlsxRoundTripsChangeNothing() {
		List<ReportLine> exported = List.of(line("年底复核，含\"引号\"\n第二行", "46", ""), line("", "", ""),
				line("=1+1", "0.5", "-2"));
		byte[] csv = SheetFiles.write(SheetType.CSV, exported, COUNTIES);
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<ReportLine> fromCsv = lines(SheetFiles.read("导出.csv", csv, COUNTIES));
		assertThat(fromCsv).isEqualTo(exported.stream().filter((l) -> !allEmpty(l)).toList());
		assertThat(SheetFiles.write(SheetType.CSV, fromCsv, COUNTIES)).isEqualTo(
				SheetFiles.write(SheetType.CSV, exported.stream().filter((l) -> !allEmpty(l)).toList(), COUNTIES));

		byte[] xlsx = SheetFiles.write(SheetType.XLSX, exported, COUNTIES);
		assertThat(lines(SheetFiles.read("导出.xlsx", xlsx, COUNTIES))).isEqualTo(fromCsv);
	}

	@Test
	void anXlsxFromAnotherWriterIsReadWithNumbersAndDatesAsTyped() throws IOException {
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Sheet1");
			Row header = sheet.createRow(0);
			List<String> columns = SheetFormat.header(COUNTIES);
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(columns.get(c));
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(2025);
			row.createCell(1).setCellValue(4);
			row.createCell(2).setCellValue(1);
			row.createCell(3).setCellValue("既有住宅加装电梯");
			row.createCell(5).setCellValue(46.5);
			row.createCell(6).setCellValue("否");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
			row.createCell(9).setCellValue(LocalDate.of(2025, 12, 31));
			row.getCell(9).setCellStyle(date);
			row.createCell(14).setCellFormula("20+10");
			row.getCell(14).setCellValue(30);
			sheet.createRow(2);
			workbook.write(out);
			file = out.toByteArray();
		}
		List<SheetRow> rows = SheetFiles.read("部门填报.xlsx", file, COUNTIES);
		assertThat(rows).hasSize(1);
		ReportLine line = rows.get(0).line();
		assertThat(List.of(line.planYear(), line.commitmentNumber(), line.indicatorPosition(), line.value(),
				line.lowerBound(), line.asOf(), line.counties().get(0)))
			.containsExactly("2025", "4", "1", "46.5", "否", "2025-12-31", "30");
		assertThat(line.unit()).isEmpty();
	}

	@Test
	void brokenEmptyAndOversizedFilesAreRefused() {
		assertThat(refusal("report.xlsx", "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))
			.getMessageKey()).isEqualTo("import.error.brokenXlsx");
		byte[] xlsx = SheetFiles.write(SheetType.XLSX, List.of(line("x", "1", "")), COUNTIES);
		assertThat(refusal("cut.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2)).getMessageKey())
			.isEqualTo("import.error.brokenXlsx");
		assertThat(refusal("empty.xlsx", new byte[0]).getMessageKey()).isEqualTo("import.error.emptyFile");
		assertThat(refusal("empty.csv", new byte[0]).getMessageKey()).isEqualTo("import.error.emptyFile");
		assertThat(refusal("report.pdf", new byte[] { 1 }).getMessageKey()).isEqualTo("import.error.fileType");
		assertThat(refusal("quote.csv", csv("2025,4,1,\"未闭合").getBytes(StandardCharsets.UTF_8)).getMessageKey())
			.isEqualTo("import.error.brokenCsv");
		assertThat(refusal("header-only.csv", csv().getBytes(StandardCharsets.UTF_8)).getMessageKey())
			.isEqualTo("import.error.noRows");
		assertThat(refusal("big.csv", new byte[(int) SheetLimits.MAX_BYTES + 1]).getMessageKey())
			.isEqualTo("import.error.tooLarge");
		String[] many = Collections.nCopies(SheetLimits.MAX_ROWS + 1, ELEVATORS).toArray(String[]::new);
		assertThat(refusal("many.csv", csv(many).getBytes(StandardCharsets.UTF_8)).getMessageKey())
			.isEqualTo("import.error.tooManyRows");
		assertThat(SheetFiles.read("max.csv",
				csv(Collections.nCopies(SheetLimits.MAX_ROWS, ELEVATORS).toArray(String[]::new))
					.getBytes(StandardCharsets.UTF_8),
				COUNTIES))
			.hasSize(SheetLimits.MAX_ROWS);
		SheetException wide = refusal("wide.csv", csv(ELEVATORS + ",多出来").getBytes(StandardCharsets.UTF_8));
		assertThat(wide.getMessageKey()).isEqualTo("import.error.rowTooWide");
		assertThat(wide.getArguments()).containsExactly("2", "25");
	}

	private static boolean allEmpty(ReportLine line) {
		return SheetFormat.values(line).stream().allMatch(String::isEmpty);
	}

	private static ReportLine line(String note, String value, String county) {
		List<String> counties = new ArrayList<>(Collections.nCopies(COUNTIES.size(), ""));
		counties.set(0, county);
		return new ReportLine(note.isEmpty() && value.isEmpty() ? "" : "2025",
				note.isEmpty() && value.isEmpty() ? "" : "4", note.isEmpty() && value.isEmpty() ? "" : "1", "", "",
				value, "", "", "", "", note, "", "", "", counties);
	}

}
