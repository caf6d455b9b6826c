package org.minsheng.tracker.progress;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
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
 * An editor reports, the supervision office reviews, the public sees only approved
 * figures; bad input is explained and changes nothing. All over real HTTP with sign-in
 * and CSRF.
 */
class ReportingWebTest extends PortalIntegrationTest {

	private static final String ELEVATORS_PAGE = "/plans/2025/commitments/4";

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	private Long elevatorIndicator;

	private StaffClient editor;

	private StaffClient reviewer;

	@BeforeEach
	void housingBureauLeadsTheElevators() {
		Department housing = this.staff.department("housing", "市住建局");
		this.elevatorIndicator = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.editor = new StaffClient(this.port);
		this.editor.signIn("test-editor", StaffFixtures.PASSWORD);
		this.reviewer = new StaffClient(this.port);
		this.reviewer.signIn("test-reviewer", StaffFixtures.PASSWORD);
	}

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	private long testReports() {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM progress_report WHERE indicator_id = ? AND filed_by IS NOT NULL", Long.class,
				this.elevatorIndicator);
	}

	private HttpResponse<String> file(Map<String, String> values, String action) {
		Document form = this.editor.page("/staff/reports/new?indicator=" + this.elevatorIndicator);
		Map<String, String> fields = new HashMap<>(values);
		fields.put("action", action);
		return this.editor.submit(form, "form.report-form", fields);
	}

	private String publicElevators() {
		return page(ELEVATORS_PAGE).selectFirst("table.indicators td.actual").text();
	}

	private Long onlyTestReport() {
		return this.jdbc.queryForObject(
				"SELECT id FROM progress_report WHERE indicator_id = ? AND filed_by IS NOT NULL", Long.class,
				this.elevatorIndicator);
	}

	@Test
	void badInputIsExplainedKeptInTheFormAndSavesNothing() {
		HttpResponse<String> response = file(Map.of("value", "四十六", "asOf", "2025-12-31"), "submit");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(response.body());
		assertThat(page.selectFirst("#value-error").text()).startsWith("数值只能是数字");
		assertThat(page.selectFirst("#value").val()).isEqualTo("四十六");
		assertThat(page.selectFirst("[role=alert]").text()).contains("未保存任何更改");

		Document future = org.jsoup.Jsoup.parse(file(Map.of("value", "-5", "asOf", "2099-01-01"), "submit").body());
		assertThat(future.selectFirst("#value-error").text()).isEqualTo("数值不能为负数。");
		assertThat(future.selectFirst("#asOf-error").text()).isEqualTo("截至日期必须在2025年内。");

		Document lower = org.jsoup.Jsoup.parse(file(Map.of("value", "40", "asOf", "2025-12-31"), "submit").body());
		assertThat(lower.select(".field-error").text()).contains("低于上次审核通过的 46");

		Document counties = org.jsoup.Jsoup
			.parse(file(Map.of("value", "50", "asOf", "2025-12-31", "counties[yuci]", "20", "counties[xiyang]", "10"),
					"submit")
				.body());
		assertThat(counties.select(".field-error").text()).contains("分县数值合计为 30，与总数 50 不一致");
		assertThat(counties.selectFirst("#county-yuci").val()).isEqualTo("20");

		assertThat(testReports()).isZero();
		assertThat(publicElevators()).isEqualTo("46部");
	}

	@Test
	void anInvalidLowerBoundAFractionOfACountAndAHugeNumberAreEachExplained() {
		HttpResponse<String> maybe = file(Map.of("value", "50", "asOf", "2025-12-31", "valueIsLowerBound", "maybe"),
				"submit");
		assertThat(maybe.statusCode()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(maybe.body()).select(".field-error").text()).contains("该数为下限");

		Document fraction = org.jsoup.Jsoup.parse(file(Map.of("value", "47.5", "asOf", "2025-12-31"), "submit").body());
		assertThat(fraction.selectFirst("#value-error").text()).contains("整数");

		Document huge = org.jsoup.Jsoup
			.parse(file(Map.of("value", "12345678901234567890123", "asOf", "2025-12-31"), "submit").body());
		assertThat(huge.selectFirst("#value-error").text()).startsWith("数值过大").doesNotContain("只能是数字");

		assertThat(testReports()).isZero();
	}

	@Test
	void aDayWrittenWithSlashesAsExcelShowsItInChineseIsTaken() {
		assertThat(file(Map.of("value", "50", "asOf", "2025/12/1"), "save").statusCode()).isEqualTo(302);
		assertThat(this.jdbc
			.queryForObject("SELECT as_of FROM progress_report WHERE id = ?", java.sql.Date.class, onlyTestReport())
			.toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 12, 1));
	}

	@Test
	void aSubmittedFigureStaysPrivateUntilApprovedThenShowsAtOnce() {
		HttpResponse<String> filed = file(Map.of("value", "50", "asOf", "2025-12-31", "counties[yuci]", "30",
				"counties[xiyang]", "20", "note", "<script>alert('x')</script>年底复核"), "submit");
		assertThat(filed.statusCode()).isEqualTo(302);
		assertThat(this.editor.page("/staff/reports").selectFirst(".notice").text()).isEqualTo("已提交督查室审核。");
		assertThat(publicElevators()).isEqualTo("46部");

		Document queue = this.reviewer.page("/staff/review");
		Long reportId = onlyTestReport();
		assertThat(queue.selectFirst("#report-" + reportId + " .value").text()).isEqualTo("50部");
		assertThat(queue.selectFirst("#report-" + reportId + " .note").text())
			.isEqualTo("<script>alert('x')</script>年底复核");
		assertThat(queue.html()).doesNotContain("<script>alert");

		HttpResponse<String> approved = this.reviewer.submit(queue, "#report-" + reportId + " form.approve", Map.of());
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(this.reviewer.page("/staff/review").selectFirst(".notice").text()).isEqualTo("已审核通过，数据已公开。");

		assertThat(publicElevators()).isEqualTo("50部");
		Document county = page("/counties/yuci");
		assertThat(county.select(".county-entry li").eachText()).contains("既有住宅加装电梯：30部");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action IN ('REPORT_SUBMITTED', 'REPORT_APPROVED')",
				Long.class, reportId))
			.isEqualTo(2L);
	}

	@Test
	void aRejectedFigureNeverAppearsAndTheEditorSeesWhy() {
		file(Map.of("value", "60", "asOf", "2025-12-31"), "submit");
		Long reportId = onlyTestReport();
		Document queue = this.reviewer.page("/staff/review");
		HttpResponse<String> noReason = this.reviewer.submit(queue, "#report-" + reportId + " form.reject",
				Map.of("reason", " "));
		assertThat(noReason.statusCode()).isEqualTo(302);
		assertThat(this.reviewer.page("/staff/review").selectFirst("[role=alert]").text()).isEqualTo("退回时必须填写原因。");

		queue = this.reviewer.page("/staff/review");
		this.reviewer.submit(queue, "#report-" + reportId + " form.reject", Map.of("reason", "与住建部门台账不符"));
		assertThat(publicElevators()).isEqualTo("46部");
		Document desk = this.editor.page("/staff/reports");
		assertThat(desk.selectFirst("[data-report=" + reportId + "] .state").text()).isEqualTo("已退回");
		assertThat(desk.selectFirst("[data-report=" + reportId + "] .rejection").text()).isEqualTo("与住建部门台账不符");

		Document edit = this.editor.page("/staff/reports/" + reportId);
		assertThat(edit.selectFirst("[role=alert]").text()).contains("与住建部门台账不符");
		HttpResponse<String> resubmitted = this.editor.submit(edit, "form.report-form",
				Map.of("value", "48", "asOf", "2025-12-31", "action", "submit"));
		assertThat(resubmitted.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT review_state FROM progress_report WHERE id = ?", String.class,
				reportId))
			.isEqualTo("SUBMITTED");
		assertThat(publicElevators()).isEqualTo("46部");
	}

	@Test
	void nobodyApprovesTheirOwnReport() {
		Department housing = this.staff.department("housing2", "市住建局二处");
		this.staff.lead(2025, 4, housing);
		this.staff.user("both", housing, Role.EDITOR, Role.REVIEWER);
		StaffClient both = new StaffClient(this.port);
		both.signIn("test-both", StaffFixtures.PASSWORD);
		Document form = both.page("/staff/reports/new?indicator=" + this.elevatorIndicator);
		both.submit(form, "form.report-form", Map.of("value", "47", "asOf", "2025-12-31", "action", "submit"));
		Long reportId = this.jdbc.queryForObject("SELECT id FROM progress_report WHERE filed_by = "
				+ "(SELECT id FROM app_user WHERE username = 'test-both')", Long.class);
		Document queue = both.page("/staff/review");
		assertThat(queue.selectFirst("#report-" + reportId + " form.approve")).isNull();
		both.post("/staff/review/" + reportId + "/approve",
				Map.of("_csrf",
						both.page("/staff/reports/new?indicator=" + this.elevatorIndicator)
							.selectFirst("main form input[name=_csrf]")
							.val(),
						"version", "0"));
		assertThat(both.page("/staff/review").selectFirst("[role=alert]").text()).isEqualTo("不能审核自己填报的报告。");
		assertThat(this.jdbc.queryForObject("SELECT review_state FROM progress_report WHERE id = ?", String.class,
				reportId))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void aDecisionOnAStalePageIsRefusedAndChangesNothing() {
		file(Map.of("value", "52", "asOf", "2025-12-31"), "submit");
		Long reportId = onlyTestReport();
		this.staff.user("reviewer2", Role.REVIEWER);
		StaffClient second = new StaffClient(this.port);
		second.signIn("test-reviewer2", StaffFixtures.PASSWORD);
		Document firstView = this.reviewer.page("/staff/review");
		Document secondView = second.page("/staff/review");
		this.reviewer.submit(firstView, "#report-" + reportId + " form.reject", Map.of("reason", "请补充佐证"));
		second.submit(secondView, "#report-" + reportId + " form.approve", Map.of());
		assertThat(second.page("/staff/review").selectFirst("[role=alert]").text()).startsWith("该报告已被他人处理或修改");
		assertThat(this.jdbc.queryForObject("SELECT review_state FROM progress_report WHERE id = ?", String.class,
				reportId))
			.isEqualTo("REJECTED");
		assertThat(publicElevators()).isEqualTo("46部");
	}

	@Test
	void anEditorOfAnotherDepartmentGets403AndNothingChanges() {
		Department culture = this.staff.department("culture", "市文旅局");
		this.staff.user("outsider", culture, Role.EDITOR);
		StaffClient outsider = new StaffClient(this.port);
		outsider.signIn("test-outsider", StaffFixtures.PASSWORD);
		assertThat(outsider.get("/staff/reports/new?indicator=" + this.elevatorIndicator).statusCode()).isEqualTo(403);
		Document home = outsider.page("/staff");
		String token = home.selectFirst("input[name=_csrf]").val();
		HttpResponse<String> tampered = outsider.post("/staff/reports/new", Map.of("_csrf", token, "indicatorId",
				String.valueOf(this.elevatorIndicator), "value", "999", "asOf", "2025-12-31", "action", "submit"));
		assertThat(tampered.statusCode()).isEqualTo(403);
		assertThat(testReports()).isZero();
	}

}
