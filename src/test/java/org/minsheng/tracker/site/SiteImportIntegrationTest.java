package org.minsheng.tracker.site;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.SiteFixtures;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sites in a spreadsheet: the export (CSV and XLSX) imports back unchanged and files
 * nothing; a new row in a GBK CSV made from the template is filed for review; a sheet
 * with one wrong row imports nothing.
 */
class SiteImportIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private PlanFixtures plans;

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private SiteFixtures sites;

	@Autowired
	private JdbcTemplate jdbc;

	private StaffClient editor;

	@BeforeEach
	void twoApprovedSites() {
		this.plans.publishedPlan(2090, 1, 1, 1, 2);
		Department department = this.staff.department("import", "测试导入局");
		Long indicator = this.staff.lead(2090, 1, department);
		this.staff.user("import-editor", department, Role.EDITOR);
		this.staff.user("import-reviewer", Role.REVIEWER);
		this.editor = new StaffClient(this.port);
		this.editor.signIn("test-import-editor", StaffFixtures.PASSWORD);
		StaffClient reviewer = new StaffClient(this.port);
		reviewer.signIn("test-import-reviewer", StaffFixtures.PASSWORD);
		this.sites.fileAndApprove(this.editor, reviewer, indicator, "导入测试站甲", "qixian", "IN_SERVICE");
		this.sites.fileAndApprove(this.editor, reviewer, indicator, "导入测试站乙", "heshun", "OUT_OF_SERVICE");
	}

	@AfterEach
	void removeTestData() {
		this.sites.removeSites();
		this.plans.removeSyntheticPlans();
		this.staff.removeTestAccounts();
	}

	private static Document shown(java.net.http.HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
		return org.jsoup.Jsoup.parse(response.body());
	}

	@Test
	void theExportImportsBackUnchanged() {
		for (String type : new String[] { "csv", "xlsx" }) {
			byte[] export = this.editor.download("/staff/sites/export." + type).body();
			Document preview = shown(this.editor.upload(this.editor.page("/staff/sites/import"), "form.upload-form",
					"点位导出." + type, export));
			assertThat(preview.select(".preview-rows tbody tr")).hasSize(2);
			assertThat(preview.select(".preview-rows .result").eachText()).containsOnly("不变");
			java.net.http.HttpResponse<String> committed = this.editor.submit(preview, "form.commit-form", Map.of());
			assertThat(committed.statusCode()).as(committed.body()).isEqualTo(302);
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM site_revision", Integer.class)).isEqualTo(2);
		}
	}

	@Test
	void aNewRowInAGbkCsvIsFiledForReview() {
		String template = new String(this.editor.download("/staff/sites/import/template.csv").body(),
				StandardCharsets.UTF_8)
			.replace("\uFEFF", "");
		String sheet = template.strip() + "\r\n2090,1,1,,导入新站,祁县新路8号,祁县,37.36,112.33,2026-05-06,在用\r\n";
		Document preview = shown(this.editor.upload(this.editor.page("/staff/sites/import"), "form.upload-form",
				"新点位.csv", sheet.getBytes(Charset.forName("GBK"))));
		assertThat(preview.select(".preview-rows .result").eachText()).containsExactly("新增");
		java.net.http.HttpResponse<String> committed = this.editor.submit(preview, "form.commit-form", Map.of());
		assertThat(committed.statusCode()).as(committed.body()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"SELECT review_state FROM site_revision WHERE name = '导入新站' AND in_service_on = DATE '2026-05-06'",
				String.class))
			.isEqualTo("SUBMITTED");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'SITES_IMPORTED' AND actor = 'test-import-editor'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void oneWrongRowImportsNothing() {
		String template = new String(this.editor.download("/staff/sites/import/template.csv").body(),
				StandardCharsets.UTF_8)
			.replace("\uFEFF", "");
		String sheet = template.strip() + "\r\n2090,1,1,,好站,某路1号,祁县,,,,在用\r\n2090,1,1,,坏站,某路2号,火星县,,,,在用\r\n";
		byte[] bytes = sheet.getBytes(StandardCharsets.UTF_8);
		Document preview = shown(
				this.editor.upload(this.editor.page("/staff/sites/import"), "form.upload-form", "错.csv", bytes));
		assertThat(preview.select(".preview-rows tr.refused").text()).contains("“火星县”不是晋中市的县(区、市)。");
		assertThat(preview.select("form.commit-form")).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM site_revision", Integer.class)).isEqualTo(2);
	}

}
