package org.minsheng.tracker.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Departments report in a spreadsheet: template and export downloads, upload through the
 * real security chain with CSRF, a preview of every row, an all-or-nothing commit into
 * review, and files that cannot be used explained without storing anything.
 */
class SpreadsheetImportWebTest extends PortalIntegrationTest {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	private StaffClient editor;

	private Department housing;

	private List<String> header;

	@BeforeEach
	void housingBureauLeadsThreeCommitments() {
		this.housing = this.staff.department("housing", "市住建局");
		for (int number = 2; number <= 4; number++) {
			this.staff.lead(2025, number, this.housing);
		}
		this.staff.user("importer", this.housing, Role.EDITOR);
		this.editor = new StaffClient(this.port);
		this.editor.signIn("test-importer", StaffFixtures.PASSWORD);
		this.header = SheetFormat
			.header(this.jdbc.queryForList("SELECT name_zh FROM county ORDER BY sort_order", String.class));
	}

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	private String row(int number, int position, String value, String asOf, String... countyAmounts) {
		List<String> cells = new ArrayList<>(Collections.nCopies(this.header.size(), ""));
		cells.set(0, "2025");
		cells.set(1, String.valueOf(number));
		cells.set(2, String.valueOf(position));
		cells.set(5, value);
		cells.set(9, asOf);
		for (int i = 0; i < countyAmounts.length; i++) {
			cells.set(SheetFormat.FIXED_COLUMNS.size() + i, countyAmounts[i]);
		}
		return String.join(",", cells);
	}

	private byte[] csv(Charset charset, String... rows) {
		return (String.join(",", this.header) + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(charset);
	}

	private HttpResponse<String> upload(StaffClient client, String fileName, byte[] content) {
		return client.upload(client.page("/staff/import"), "form.import-form", fileName, content);
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		return location.substring(location.indexOf("/staff/"));
	}

	private static String batchPath(HttpResponse<String> upload) {
		String path = location(upload);
		assertThat(path).matches("/staff/import/batches/\\d+");
		return path;
	}

	private long importedReports() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM progress_report WHERE filed_by = "
				+ "(SELECT id FROM app_user WHERE username = 'test-importer')", Long.class);
	}

	private long batchesOfImporter() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM import_batch WHERE owner_id = "
				+ "(SELECT id FROM app_user WHERE username = 'test-importer')", Long.class);
	}

	private HttpResponse<String> commit(StaffClient client, String batchPath) {
		String token = client.page("/staff").selectFirst("input[name=_csrf]").val();
		return client.post(batchPath + "/commit", java.util.Map.of("_csrf", token));
	}

	private String publicElevators() {
		return page("/plans/2025/commitments/4").selectFirst("table.indicators td.actual").text();
	}

	private static List<String> problems(Document preview, int row) {
		return preview.select("tr[data-row=" + row + "] .problems li").eachText();
	}

	@Test
	void templatesHaveTheHeaderAndTheEditorsIndicators() throws IOException {
		HttpResponse<byte[]> csv = this.editor.download("/staff/import/template.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(Arrays.copyOf(csv.body(), 3)).isEqualTo(BOM);
		List<CSVRecord> records = records(csv.body());
		assertThat(records.get(0).toList()).isEqualTo(this.header);
		assertThat(records.get(0).toList()).startsWith("年度", "实事编号", "指标序号", "指标名称").contains("榆次区", "榆社县");
		assertThat(records).hasSize(1 + 1 + 4 + 1);
		assertThat(records.stream().map((r) -> r.get(1) + "." + r.get(2) + " " + r.get(3) + " [" + r.get(5) + "]"))
			.contains("4.1 既有住宅加装电梯 []", "3.1 新增配置AED []");

		HttpResponse<byte[]> xlsx = this.editor.download("/staff/import/template.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<List<String>> rows = rows(workbook.getSheetAt(0));
			assertThat(rows.get(0)).isEqualTo(this.header);
			assertThat(rows).hasSize(records.size());
		}
		assertThat(new StaffClient(this.port).download("/staff/import/template.csv").statusCode()).isEqualTo(302);
	}

	@Test
	void aGoodFileIsPreviewedThenCommittedIntoReviewAllAtOnce() {
		byte[] file = csv(Charset.forName("GBK"), row(4, 1, "50", "2025-12-31", "30", "", "", "", "", "", "", "20"),
				row(3, 1, "110", "2025-12-30"), row(3, 2, "", ""));
		String batch = batchPath(upload(this.editor, "住建局12月.csv", file));
		Document preview = this.editor.page(batch);
		assertThat(preview.selectFirst(".file-name").text()).isEqualTo("住建局12月.csv");
		assertThat(preview.select("tbody tr")).hasSize(3);
		assertThat(preview.select(".problems")).isEmpty();
		assertThat(preview.selectFirst("tr[data-row=2] .result").text()).isEqualTo("可以导入");
		assertThat(preview.selectFirst("tr[data-row=4] .result").text()).isEqualTo("未填数据，跳过");
		assertThat(preview.select("tr[data-row=2] td.cell").eachText()).startsWith("2025", "4", "1").contains("50");
		assertThat(preview.selectFirst(".summary").text()).isEqualTo("共 3 行：2 行将提交审核，1 行未填数据将跳过，0 行有错误。");
		assertThat(importedReports()).isZero();

		HttpResponse<String> committed = this.editor.submit(preview, "form.commit-form", java.util.Map.of());
		assertThat(location(committed)).isEqualTo(batch);
		Document after = this.editor.page(batch);
		assertThat(after.selectFirst("[role=status]").text()).isEqualTo("已导入 2 条进度报告，已提交督查室审核。");
		assertThat(after.select("form.commit-form")).isEmpty();

		assertThat(this.jdbc.queryForList("SELECT review_state FROM progress_report WHERE filed_by = "
				+ "(SELECT id FROM app_user WHERE username = 'test-importer')", String.class))
			.containsExactly("SUBMITTED", "SUBMITTED");
		assertThat(
				this.jdbc.queryForObject(
						"SELECT COUNT(*) FROM report_county_figure f JOIN progress_report r "
								+ "ON r.id = f.report_id WHERE r.reported_value = 50 AND r.filed_by IS NOT NULL",
						Long.class))
			.isEqualTo(2L);
		assertThat(publicElevators()).isEqualTo("46部");
		Long batchId = Long.valueOf(batch.substring(batch.lastIndexOf('/') + 1));
		assertThat(this.jdbc.queryForList(
				"SELECT detail FROM audit_event WHERE action = 'IMPORT_COMMITTED' AND subject_id = ?", String.class,
				batchId))
			.containsExactly("file=住建局12月.csv; rows=2");

		commit(this.editor, batch);
		assertThat(this.editor.page(batch).selectFirst("[role=alert]").text()).isEqualTo("此文件已经导入过，不能重复导入。");
		assertThat(importedReports()).isEqualTo(2L);
	}

	@Test
	void oneBadRowShowsWhyAndNothingIsCreated() {
		byte[] file = csv(StandardCharsets.UTF_8, row(4, 1, "50", "2025-12-31"), row(3, 1, "-5", "2025-12-30"),
				row(3, 2, "80", "2025-13-01"), row(1, 1, "2000", "2025-12-31"), row(3, 9, "1", "2025-12-31"));
		String batch = batchPath(upload(this.editor, "bad.csv", file));
		Document preview = this.editor.page(batch);
		assertThat(problems(preview, 2)).isEmpty();
		assertThat(problems(preview, 3)).containsExactly("“数值”列：数值不能为负数。");
		assertThat(problems(preview, 4))
			.containsExactly("“截至日期”列：日期格式不正确，请按“年-月-日”或“年/月/日”填写，例如 2026-06-30 或 2026/6/30。");
		assertThat(problems(preview, 5)).containsExactly("您所在的部门不牵头 2025 年第 1 项实事，不能填报该指标。");
		assertThat(problems(preview, 6)).containsExactly("没有 2025 年第 3 项实事的第 9 个指标。");
		assertThat(preview.select("form.commit-form")).isEmpty();
		assertThat(preview.selectFirst("[role=alert]").text()).startsWith("有的行需要修改");

		commit(this.editor, batch);
		assertThat(this.editor.page(batch).selectFirst("[role=alert]").text()).isEqualTo("有的行有错误，未导入任何数据。请查看下面的检查结果。");
		assertThat(importedReports()).isZero();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_COMMITTED' " + "AND actor = 'test-importer'",
				Long.class))
			.isZero();
	}

	@Test
	void theSameIndicatorAndDateTwiceIsAnErrorOnBothRows() {
		byte[] file = csv(StandardCharsets.UTF_8, row(4, 1, "50", "2025-12-31"), row(3, 1, "110", "2025-12-31"),
				row(4, 1, "51", "2025-12-31"));
		Document preview = this.editor.page(batchPath(upload(this.editor, "twice.csv", file)));
		assertThat(problems(preview, 2)).containsExactly("与第 4 行重复（同一指标、同一截至日期）。请只保留一行。");
		assertThat(problems(preview, 3)).isEmpty();
		assertThat(problems(preview, 4)).containsExactly("与第 2 行重复（同一指标、同一截至日期）。请只保留一行。");
		assertThat(preview.select("form.commit-form")).isEmpty();
	}

	@Test
	void nobodyElseSeesOrCommitsSomeoneElsesUpload() {
		String batch = batchPath(
				upload(this.editor, "mine.csv", csv(StandardCharsets.UTF_8, row(4, 1, "50", "2025-12-31"))));
		this.staff.user("colleague", this.housing, Role.EDITOR);
		StaffClient colleague = new StaffClient(this.port);
		colleague.signIn("test-colleague", StaffFixtures.PASSWORD);
		assertThat(colleague.get(batch).statusCode()).isEqualTo(404);
		assertThat(commit(colleague, batch).statusCode()).isEqualTo(404);
		assertThat(importedReports()).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM progress_report WHERE review_state = 'SUBMITTED'",
				Long.class))
			.isZero();
		assertThat(this.editor.page(batch).select("form.commit-form")).hasSize(1);
	}

	@Test
	void anExportImportsBackUnchangedAsCsvAndAsXlsx() throws IOException {
		byte[] exported = this.editor.download("/staff/import/export.csv").body();
		List<CSVRecord> records = records(exported);
		assertThat(records.get(0).toList()).isEqualTo(this.header);
		List<List<String>> dataRows = records.subList(1, records.size()).stream().map(CSVRecord::toList).toList();
		assertThat(dataRows).hasSize(6)
			.anySatisfy((r) -> assertThat(r).startsWith("2025", "4", "1", "既有住宅加装电梯", "部", "46"));
		assertThat(dataRows).anySatisfy((r) -> assertThat(r.get(8)).isEqualTo("是"));

		Document fromCsv = this.editor.page(batchPath(upload(this.editor, "导出.csv", exported)));
		assertThat(previewCells(fromCsv)).isEqualTo(dataRows);
		assertThat(fromCsv.select(".problems")).isEmpty();
		assertThat(fromCsv.select("form.commit-form")).hasSize(1);

		List<String> counties = this.header.subList(SheetFormat.FIXED_COLUMNS.size(), this.header.size());
		List<ReportLine> parsed = SheetFiles.read("导出.csv", exported, counties).stream().map(SheetRow::line).toList();
		assertThat(SheetFiles.write(SheetType.CSV, parsed, counties)).isEqualTo(exported);

		byte[] xlsx = this.editor.download("/staff/import/export.xlsx").body();
		List<List<String>> xlsxRows;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			xlsxRows = rows(workbook.getSheetAt(0));
		}
		assertThat(xlsxRows.subList(1, xlsxRows.size())).isEqualTo(dataRows);
		Document fromXlsx = this.editor.page(batchPath(upload(this.editor, "导出.xlsx", xlsx)));
		assertThat(previewCells(fromXlsx)).isEqualTo(dataRows);
		assertThat(fromXlsx.select(".problems")).isEmpty();
	}

	@Test
	void filesThatCannotBeUsedAreExplainedInTheUsersLanguageAndNothingIsStored() {
		HttpResponse<String> pdf = upload(this.editor, "进度.xlsx", "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.UTF_8));
		assertThat(location(pdf)).isEqualTo("/staff/import");
		assertThat(this.editor.page("/staff/import").selectFirst("[role=alert]").text()).startsWith("无法打开该文件");

		String wrongHeader = String.join(",", this.header).replace("截至日期", "日期") + "\r\n"
				+ row(4, 1, "50", "2025-12-31");
		upload(this.editor, "a.csv", wrongHeader.getBytes(StandardCharsets.UTF_8));
		assertThat(this.editor.page("/staff/import").selectFirst("[role=alert]").text())
			.startsWith("表头第 10 列应为“截至日期”，文件中是“日期”。");

		upload(this.editor, "empty.csv", new byte[0]);
		assertThat(this.editor.page("/staff/import").selectFirst("[role=alert]").text()).startsWith("文件是空的");

		this.editor.get("/staff/import?lang=en");
		byte[] big = new byte[(int) (SheetLimits.MAX_BYTES * 5 / 4)];
		Arrays.fill(big, (byte) 'x');
		HttpResponse<String> oversize = upload(this.editor, "big.csv", big);
		assertThat(location(oversize)).isEqualTo("/staff/import?tooLarge");
		assertThat(this.editor.page(location(oversize)).selectFirst("[role=alert]").text())
			.isEqualTo("The file is too large: at most 2 MB. Split it into several files.");
		assertThat(batchesOfImporter()).isZero();
		assertThat(importedReports()).isZero();
	}

	private static List<List<String>> previewCells(Document preview) {
		List<List<String>> rows = new ArrayList<>();
		for (Element row : preview.select("table.import-rows tbody tr")) {
			rows.add(row.select("td.cell").stream().map(Element::wholeText).toList());
		}
		return rows;
	}

	private static List<CSVRecord> records(byte[] csv) throws IOException {
		assertThat(Arrays.copyOf(csv, 3)).isEqualTo(BOM);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
			return parser.getRecords();
		}
	}

	private static List<List<String>> rows(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < row.getLastCellNum(); c++) {
				Cell cell = row.getCell(c);
				cells.add((cell != null) ? cell.getStringCellValue() : "");
			}
			rows.add(cells);
		}
		return rows;
	}

	@Test
	void daysWrittenAsExcelWritesThemInAChineseLocaleAreTakenAndTheExampleDateLiesInThePlansYear() {
		String preview = batchPath(upload(this.editor, "slashes.csv", csv(StandardCharsets.UTF_8,
				row(4, 1, "50", "2025/12/31"), row(4, 1, "51", "2025-12-5"), row(4, 1, "52", "2025/13/01"))));
		Document page = this.editor.page(preview);
		assertThat(page.selectFirst("tr[data-row=2] .result").text()).isEqualTo("可以导入");
		assertThat(page.selectFirst("tr[data-row=3] .result").text()).isEqualTo("可以导入");
		assertThat(problems(page, 4)).singleElement().asString().contains("日期格式不正确");
		assertThat(page.select(".table-scroll")).hasSize(1);

		String rule = this.editor.page("/staff/import")
			.select("ul.rules li")
			.eachText()
			.stream()
			.filter((text) -> text.startsWith("截至日期"))
			.findFirst()
			.orElseThrow();
		assertThat(rule).contains("2025-12-31").contains("2025/12/31").doesNotContain("2026-");
	}

	@Test
	void anExcelDateCellIsTaken() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			Row head = sheet.createRow(0);
			for (int i = 0; i < this.header.size(); i++) {
				head.createCell(i).setCellValue(this.header.get(i));
			}
			Row line = sheet.createRow(1);
			line.createCell(0).setCellValue("2025");
			line.createCell(1).setCellValue("4");
			line.createCell(2).setCellValue("1");
			line.createCell(5).setCellValue(50);
			org.apache.poi.ss.usermodel.CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
			org.apache.poi.ss.usermodel.Cell asOf = line.createCell(9);
			asOf.setCellValue(java.time.LocalDate.of(2025, 12, 31));
			asOf.setCellStyle(date);
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			workbook.write(bytes);
			Document page = this.editor.page(batchPath(upload(this.editor, "date.xlsx", bytes.toByteArray())));
			assertThat(page.selectFirst("tr[data-row=2] .result").text()).isEqualTo("可以导入");
		}
	}

}
