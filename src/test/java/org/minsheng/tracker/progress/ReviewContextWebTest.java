package org.minsheng.tracker.progress;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
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
 * Review with context (issue 10, item 1): the queue says who filed a report, when, for
 * what target, what is public now and what approving would change; an approval that would
 * lower the public figure needs a correction reason, shown publicly; approving a report
 * closes the older pending ones of its indicator as superseded, and their editor sees it.
 * A submitted report opens read-only with its state.
 */
class ReviewContextWebTest extends PortalIntegrationTest {

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

	private Long file(String value) {
		Document form = this.editor.page("/staff/reports/new?indicator=" + this.elevatorIndicator);
		Map<String, String> fields = new HashMap<>(Map.of("value", value, "asOf", "2025-12-31", "action", "submit"));
		assertThat(this.editor.submit(form, "form.report-form", fields).statusCode()).isEqualTo(302);
		return this.jdbc.queryForObject(
				"SELECT MAX(id) FROM progress_report WHERE indicator_id = ? AND filed_by IS NOT NULL", Long.class,
				this.elevatorIndicator);
	}

	private String publicElevators() {
		return page(ELEVATORS_PAGE).selectFirst("table.indicators td.actual").text();
	}

	private String state(Long reportId) {
		return this.jdbc.queryForObject("SELECT review_state FROM progress_report WHERE id = ?", String.class,
				reportId);
	}

	@Test
	void theQueueGivesContextAndApprovingClosesOlderPendingReportsAsSuperseded() {
		Long older = file("49");
		Long newer = file("53");

		Document queue = this.reviewer.page("/staff/review");
		String item = "#report-" + newer;
		assertThat(queue.selectFirst(item + " .filer").text()).isEqualTo("市住建局 · 测试 editor");
		assertThat(queue.selectFirst(item + " .submitted").text())
			.matches("2\\d{3}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
		assertThat(queue.selectFirst(item + " .target").text()).isEqualTo("46部");
		assertThat(queue.selectFirst(item + " .public-now").text()).isEqualTo("46部（截至2025年12月29日）");
		assertThat(queue.selectFirst(item + " .change").text()).isEqualTo("46部 → 53部（+7）");
		assertThat(queue.selectFirst(item + " .other-pending").text()).contains("同一指标另有1份待审核报告")
			.contains("第" + older + "号报告：49部");
		assertThat(queue.selectFirst("#report-" + older + " .other-pending").text()).contains("第" + newer + "号报告：53部");

		assertThat(this.reviewer.submit(queue, item + " form.approve", Map.of()).statusCode()).isEqualTo(302);
		Document after = this.reviewer.page("/staff/review");
		assertThat(after.select(".notice").text()).contains("已审核通过").contains("1份待审核报告已标为“已被取代”");
		assertThat(after.selectFirst("#report-" + older)).isNull();
		assertThat(state(older)).isEqualTo("SUPERSEDED");
		assertThat(publicElevators()).isEqualTo("53部");

		Document desk = this.editor.page("/staff/reports");
		assertThat(desk.selectFirst("[data-report=" + older + "] .state").text()).isEqualTo("已被取代");
		assertThat(desk.selectFirst("[data-report=" + older + "] .superseded").text())
			.startsWith("已被第" + newer + "号报告取代");
		Document report = this.editor.page("/staff/reports/" + older);
		assertThat(report.selectFirst(".report-state .state").text()).isEqualTo("已被取代");
		assertThat(report.selectFirst(".report-state .decision").text()).contains("第" + newer + "号报告");
		assertThat(report.selectFirst("form.report-form")).isNull();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'REPORT_SUPERSEDED'", Long.class,
				older))
			.isEqualTo(1L);
	}

	@Test
	void anApprovalThatLowersThePublicFigureNeedsACorrectionReasonShownPublicly() {
		Long first = file("53");
		Long second = file("49");
		Document queue = this.reviewer.page("/staff/review");
		this.reviewer.submit(queue, "#report-" + first + " form.approve", Map.of());
		assertThat(state(second)).isEqualTo("SUBMITTED");
		assertThat(publicElevators()).isEqualTo("53部");

		queue = this.reviewer.page("/staff/review");
		String item = "#report-" + second;
		assertThat(queue.selectFirst(item + " .change").text()).isEqualTo("53部 → 49部（-4）");
		assertThat(queue.selectFirst(item + " .drop-warning").text()).contains("低于当前公开数");
		assertThat(queue.selectFirst(item + " form.approve textarea[name=correctionReason]")).isNotNull();

		this.reviewer.submit(queue, item + " form.approve", Map.of("correctionReason", " "));
		assertThat(this.reviewer.page("/staff/review").selectFirst("[role=alert]").text()).startsWith("该报告的数值低于当前公开数");
		assertThat(state(second)).isEqualTo("SUBMITTED");
		assertThat(publicElevators()).isEqualTo("53部");

		queue = this.reviewer.page("/staff/review");
		this.reviewer.submit(queue, item + " form.approve", Map.of("correctionReason", "53部含4部未验收电梯"));
		assertThat(state(second)).isEqualTo("APPROVED");
		assertThat(publicElevators()).isEqualTo("49部");
		assertThat(page(ELEVATORS_PAGE).select("table.history .correction").text()).contains("53部含4部未验收电梯");
	}

	@Test
	void aSubmittedReportOpensReadOnlyWithItsState() {
		Long id = file("50");
		Document report = this.editor.page("/staff/reports/" + id);
		assertThat(report.selectFirst(".report-state .state").text()).isEqualTo("待审核");
		assertThat(report.selectFirst(".report-state .value").text()).isEqualTo("50部");
		assertThat(report.selectFirst("form.report-form")).isNull();
	}

	@Test
	void aRejectionNoticeEndsInOneFullStop() {
		Long id = file("60");
		Document queue = this.reviewer.page("/staff/review");
		this.reviewer.submit(queue, "#report-" + id + " form.reject", Map.of("reason", "与住建部门台账不符。"));
		Document report = this.editor.page("/staff/reports/" + id);
		String notice = report.selectFirst("[role=alert]").text();
		assertThat(notice).contains("与住建部门台账不符。").doesNotContain("。。");
	}

	@Test
	void noDecisionButtonsOnTheReviewersOwnReportAndTheServerStillRefuses() {
		Department second = this.staff.department("housing2", "市住建局二处");
		this.staff.lead(2025, 4, second);
		this.staff.user("both", second, Role.EDITOR, Role.REVIEWER);
		StaffClient both = new StaffClient(this.port);
		both.signIn("test-both", StaffFixtures.PASSWORD);
		Document form = both.page("/staff/reports/new?indicator=" + this.elevatorIndicator);
		both.submit(form, "form.report-form", Map.of("value", "47", "asOf", "2025-12-31", "action", "submit"));
		Long own = this.jdbc.queryForObject("SELECT id FROM progress_report WHERE filed_by = "
				+ "(SELECT id FROM app_user WHERE username = 'test-both')", Long.class);

		Document queue = both.page("/staff/review");
		assertThat(queue.selectFirst("#report-" + own + " form.approve")).isNull();
		assertThat(queue.selectFirst("#report-" + own + " .own-report").text()).contains("您本人填报");
		assertThat(this.reviewer.page("/staff/review").selectFirst("#report-" + own + " form.approve")).isNotNull();

		HttpResponse<String> forced = both.post("/staff/review/" + own + "/approve",
				Map.of("_csrf",
						both.page("/staff/reports/new?indicator=" + this.elevatorIndicator)
							.selectFirst("main form input[name=_csrf]")
							.val(),
						"version", "0"));
		assertThat(forced.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(both.page("/staff/review").html()).selectFirst("[role=alert]").text())
			.isEqualTo("不能审核自己填报的报告。");
		assertThat(state(own)).isEqualTo("SUBMITTED");
	}

}
