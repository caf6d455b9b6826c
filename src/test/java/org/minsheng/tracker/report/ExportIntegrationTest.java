package org.minsheng.tracker.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.ReportFixtures;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's downloads, opened with Commons CSV and Apache POI: the 2025 figures equal
 * the numbers the newspaper printed, text that looks like a formula is neutralised, and
 * {@code asOf} leaves out what was approved later.
 */
class ExportIntegrationTest extends PortalIntegrationTest {

	private static final String FORMULA_NOTE = "=HYPERLINK(\"http://evil.example\",\"点我\")";

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private ReportFixtures reports;

	private ReportClient client;

	@BeforeEach
	void client() {
		this.client = new ReportClient(this.port);
	}

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	static String seed() throws IOException {
		try (InputStream in = ExportIntegrationTest.class.getResourceAsStream("/db/sources/002_1c9e6c71278836d0.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static List<CSVRecord> parse(byte[] body) throws IOException {
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
	}

	@Test
	void theIndicatorsOf2025MatchTheNewspaper() throws IOException {
		HttpResponse<byte[]> response = this.client.download("/plans/2025/export.csv?asOf=2026-03-31");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("minsheng-2025-asof-2026-03-31.csv");
		List<CSVRecord> rows = parse(response.body());
		assertThat(rows).hasSize(24);
		assertThat(rows.get(0).getParser().getHeaderNames()).as("as of a day, the lead department is labelled today's")
			.startsWith("年度", "实事编号", "实事名称", "领域", "牵头部门（今天的，不一定是所选日期的）");
		assertThat(rows.stream().map((row) -> row.get("实事编号")).distinct()).hasSize(16);
		String seed = seed();
		int checked = 0;
		for (CSVRecord row : rows) {
			String quote = row.get("来源原文");
			assertThat(seed).as("quote of %s.%s", row.get("实事编号"), row.get("指标序号")).contains(quote);
			if (!row.get("当前数值").isEmpty()) {
				assertThat(printedForms(row.get("当前数值"), row.get("是否下限").equals("是"), row.get("指标类型")))
					.as("%s.%s %s in 「%s」", row.get("实事编号"), row.get("指标序号"), row.get("当前数值"), quote)
					.anyMatch(quote::contains);
				checked++;
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(20);
	}

	/**
	 * How the newspaper may print a value: 6999, 2.66, 50多万, 7.41万; a coverage of 100 %
	 * as 所有 or 全部.
	 */
	static List<String> printedForms(String value, boolean lowerBound, String kind) {
		if (kind.equals("覆盖率") && new BigDecimal(value).compareTo(BigDecimal.valueOf(100)) == 0) {
			return List.of("所有", "全部", "全面", "100%");
		}
		BigDecimal number = new BigDecimal(value);
		String suffix = lowerBound ? "多" : "";
		String plain = number.stripTrailingZeros().toPlainString();
		String wan = number.movePointLeft(4).stripTrailingZeros().toPlainString();
		String yi = number.movePointLeft(8).stripTrailingZeros().toPlainString();
		return List.of(plain + suffix, wan + suffix + "万", wan + "万", yi + "亿", plain);
	}

	@Test
	void aFormulaLookingNoteIsNeutralisedAndAsOfLeavesOutLaterApprovals() throws IOException {
		Department housing = this.staff.department("housing", "市住建局");
		Long indicator = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.reports.approvedAt(indicator, "50", FORMULA_NOTE, "2026-03-01T10:00:00+08:00");

		List<CSVRecord> later = parse(this.client.download("/plans/2025/reports.csv").body());
		assertThat(later).anySatisfy((row) -> assertThat(row.get("说明")).isEqualTo("'" + FORMULA_NOTE));
		assertThat(later).noneSatisfy((row) -> assertThat(row.get("说明")).startsWith("="));
		assertThat(valueOf(parse(this.client.download("/plans/2025/export.csv").body()), "4", "1")).isEqualTo("50");

		List<CSVRecord> before = parse(this.client.download("/plans/2025/reports.csv?asOf=2026-02-28").body());
		assertThat(before).noneSatisfy((row) -> assertThat(row.get("说明")).contains("HYPERLINK"));
		assertThat(valueOf(parse(this.client.download("/plans/2025/export.csv?asOf=2026-02-28").body()), "4", "1"))
			.isEqualTo("46");
		assertThat(this.client.download("/plans/2025/export.csv?asOf=2999-01-01").statusCode()).isEqualTo(400);
		assertThat(this.client.download("/plans/1999/export.csv").statusCode()).isEqualTo(404);
	}

	private static String valueOf(List<CSVRecord> rows, String commitment, String indicator) {
		return rows.stream()
			.filter((row) -> row.get("实事编号").equals(commitment) && row.get("指标序号").equals(indicator))
			.findFirst()
			.orElseThrow()
			.get("当前数值");
	}

	@Test
	void theWorkbookHasIndicatorsReportsAndCounties() throws IOException {
		HttpResponse<byte[]> response = this.client.download("/plans/2025/export.xlsx?asOf=2026-03-31");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("minsheng-2025-asof-2026-03-31.xlsx");
		List<CSVRecord> csv = parse(this.client.download("/plans/2025/export.csv?asOf=2026-03-31").body());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			Sheet indicators = workbook.getSheet("指标");
			assertThat(indicators.getLastRowNum()).isEqualTo(24);
			assertThat(indicators.getRow(0).getCell(0).getStringCellValue()).isEqualTo("年度");
			Map<String, String> titles = csv.stream()
				.collect(Collectors.toMap((row) -> row.get("实事编号"), (row) -> row.get("实事名称"), (a, b) -> a));
			for (int r = 1; r <= 24; r++) {
				String number = indicators.getRow(r).getCell(1).getStringCellValue();
				assertThat(indicators.getRow(r).getCell(2).getStringCellValue()).isEqualTo(titles.get(number));
				assertThat(indicators.getRow(r).getCell(10).getStringCellValue()).isEqualTo(csv.get(r - 1).get("当前数值"));
			}
			assertThat(workbook.getSheet("已批准报告").getLastRowNum()).isGreaterThanOrEqualTo(24);
			assertThat(workbook.getSheet("分县数据").getRow(0).getCell(6).getStringCellValue()).isEqualTo("县(区、市)");
		}
		List<CSVRecord> counties = parse(this.client.download("/plans/2025/counties.csv").body());
		assertThat(counties).allSatisfy((row) -> assertThat(row.get("县代码")).isNotBlank());
	}

	@Test
	void aYearWithoutAPlanIsANotFoundPageNotAnEmptyDownload() {
		for (String file : List.of("export.csv", "reports.csv", "counties.csv", "export.xlsx")) {
			HttpResponse<byte[]> response = this.client.download("/plans/2031/" + file);
			assertThat(response.statusCode()).as(file).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Disposition")).as(file).isEmpty();
			assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).as(file).contains("2031");
		}
	}

}
