package org.minsheng.tracker.pace;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PaceFixtures;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Milestones over real HTTP (issue 12): entered while drafting; on a published plan a
 * change is filed by the lead department with a reason, reviewed by someone else,
 * audited, and shown publicly with its reason (and as the planned line of the chart) only
 * once approved. Bad input is explained line by line and saves nothing.
 */
class MilestoneReviewWebTest extends PortalIntegrationTest {

	private static final int YEAR = 2090;

	private static final String PAGE = "/plans/" + YEAR + "/commitments/1";

	@Autowired
	private PlanFixtures plans;

	@Autowired
	private PaceFixtures pace;

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	private Long indicator;

	private StaffClient editor;

	private StaffClient reviewer;

	@BeforeEach
	void aPublishedPlanLedByATestDepartment() {
		this.plans.publishedPlan(YEAR, 1, 1, 1, 40);
		Department department = this.staff.department("pace", "市测试局");
		this.indicator = this.staff.lead(YEAR, 1, department);
		this.staff.user("editor", department, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.editor = new StaffClient(this.port);
		this.editor.signIn("test-editor", StaffFixtures.PASSWORD);
		this.reviewer = new StaffClient(this.port);
		this.reviewer.signIn("test-reviewer", StaffFixtures.PASSWORD);
	}

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
		this.plans.removeSyntheticPlans();
	}

	private HttpResponse<String> file(String lines, String reason) {
		Document form = this.editor.page("/staff/reports/milestones/" + this.indicator);
		return this.editor.submit(form, "form.milestone-form", Map.of("lines", lines, "reason", reason));
	}

	private Long lastChange() {
		return this.jdbc.queryForObject("SELECT MAX(id) FROM milestone_change WHERE indicator_id = ?", Long.class,
				this.indicator);
	}

	@Test
	void anApprovedChangeIsPublicWithItsReasonAndDrawnAsThePlannedLine() {
		assertThat(page(PAGE + "?lang=zh").select(".milestone-list")).isEmpty();
		assertThat(page(PAGE + "?lang=zh").selectFirst("path.planned-line").attr("d")).matches("M[^L]+ L[^L]+");

		HttpResponse<String> filed = file("2090-03-31 20\n2090-06-30 50 招标完成", "施工季节调整");
		assertThat(filed.statusCode()).isEqualTo(302);
		assertThat(this.editor.follow(filed).select(".notice").text()).contains("已提交审核");
		Long change = lastChange();
		assertThat(page(PAGE + "?lang=zh").select(".milestone-list")).as("not public before review").isEmpty();

		Document queue = this.reviewer.page("/staff/review/milestones");
		Element item = queue.selectFirst("#change-" + change);
		assertThat(oneLine(item.selectFirst(".after"))).isEqualTo("2090-03-31 20 2090-06-30 50 招标完成");
		assertThat(item.selectFirst(".before").text()).contains("按日历均匀推进");
		assertThat(item.selectFirst(".reason").text()).isEqualTo("施工季节调整");
		assertThat(this.reviewer.submit(queue, "#change-" + change + " form.approve", Map.of()).statusCode())
			.isEqualTo(302);

		Document page = page(PAGE + "?lang=zh");
		assertThat(page.select(".milestone-list ol.milestones li")).extracting(Element::text)
			.containsExactly("2090年3月31日：20个", "2090年6月30日：50个 招标完成");
		assertThat(page.selectFirst(".pace-change .reason").text()).isEqualTo("原因：施工季节调整");
		assertThat(page.selectFirst("path.planned-line").attr("d")).matches("M[^L]+( L[^L]+){3}");
		assertThat(this.pace.audited("MILESTONE_CHANGE_FILED", change)).isEqualTo(1);
		assertThat(this.pace.audited("MILESTONE_CHANGE_APPROVED", change)).isEqualTo(1);
		assertThat(page(PAGE + "?lang=en").selectFirst(".pace-change .reason").text()).isEqualTo("Reason: 施工季节调整");
	}

	@Test
	void badLinesAreExplainedOneByOneAndSaveNothing() {
		HttpResponse<String> refused = file("2090-13-01 20\n2089-06-30 10\n2090-05-01 abc\n2090-07-01 200", " ");
		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(refused.body());
		assertThat(page.select("#lines-error li")).extracting(Element::text)
			.containsExactly("第1行：请以YYYY-MM-DD格式开头写日期，例如2025-06-30。", "第2行：日期须在2090年内。",
					"第3行：日期后请写计划累计完成值（不小于0的数，最多两位小数）。", "第4行：计划值不能超过目标100。");
		assertThat(page.selectFirst("#reason-error").text()).contains("请填写变更原因");
		assertThat(page.selectFirst("textarea#lines").text()).contains("2090-07-01 200");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM milestone_change WHERE indicator_id = ?", Long.class,
				this.indicator))
			.isZero();

		Document decreasing = org.jsoup.Jsoup.parse(file("2090-03-31 50\n2090-06-30 20", "调整").body());
		assertThat(decreasing.select("#lines-error li").text()).contains("2090-06-30的计划值小于之前的里程碑");
	}

	@Test
	void aRejectionNeedsAReasonAndTheEditorSeesIt() {
		file("2090-09-30 80", "资金到位推迟");
		Long change = lastChange();
		Document queue = this.reviewer.page("/staff/review/milestones");
		HttpResponse<String> noReason = this.reviewer.submit(queue, "#change-" + change + " form.reject",
				Map.of("reason", ""));
		assertThat(this.reviewer.follow(noReason).select(".notice.error").text()).isEqualTo("退回须填写原因。");
		assertThat(state(change)).isEqualTo("SUBMITTED");

		this.reviewer.submit(this.reviewer.page("/staff/review/milestones"), "#change-" + change + " form.reject",
				Map.of("reason", "与实施方案不符"));
		assertThat(state(change)).isEqualTo("REJECTED");
		assertThat(this.pace.audited("MILESTONE_CHANGE_REJECTED", change)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM milestone WHERE indicator_id = ?", Long.class,
				this.indicator))
			.isZero();
		Document desk = this.editor.page("/staff/reports/milestones");
		assertThat(desk.selectFirst("[data-change=" + change + "] .rejection").text()).isEqualTo("退回原因：与实施方案不符");
	}

	@Test
	void nobodyReviewsTheirOwnChange() {
		Department department = this.staff.department("pace2", "市测试二局");
		this.staff.user("both", department, Role.EDITOR, Role.REVIEWER);
		this.staff.lead(YEAR, 1, department);
		StaffClient both = new StaffClient(this.port);
		both.signIn("test-both", StaffFixtures.PASSWORD);
		both.submit(both.page("/staff/reports/milestones/" + this.indicator), "form.milestone-form",
				Map.of("lines", "2090-06-30 50", "reason", "自审测试"));
		Long change = lastChange();
		Element item = both.page("/staff/review/milestones").selectFirst("#change-" + change);
		assertThat(item.selectFirst(".own").text()).contains("须由他人审核");
		assertThat(item.select("form.approve")).isEmpty();
		assertThat(this.reviewer.page("/staff/review/milestones").select("#change-" + change + " form.approve"))
			.hasSize(1);
	}

	@Test
	void administratorsSetMilestonesWhileDraftingAndNotAfterPublication() {
		this.staff.user("admin", Role.ADMIN);
		StaffClient admin = new StaffClient(this.port);
		admin.signIn("test-admin", StaffFixtures.PASSWORD);
		this.pace.draftPlan(YEAR + 1);
		Long task = this.pace.indicatorId(YEAR + 1, 1, 2);
		Document form = admin.page("/staff/admin/milestones/" + task);
		HttpResponse<String> saved = admin.submit(form, "form.milestone-form",
				Map.of("lines", "2091-03-31 选址完成\n2091-10-31 建成验收"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(oneLine(admin.page("/staff/admin/milestones/" + task).selectFirst(".current-milestones")))
			.isEqualTo("2091-03-31 选址完成 2091-10-31 建成验收");
		assertThat(this.pace.audited("MILESTONES_SET", task)).isEqualTo(1);

		Document published = admin.page("/staff/admin/milestones/" + this.indicator);
		assertThat(published.select("form.milestone-form")).isEmpty();
		assertThat(published.select(".notice").text()).contains("计划已发布");
	}

	private static String oneLine(Element element) {
		return element.wholeText().strip().replaceAll("\\s+", " ");
	}

	private String state(Long change) {
		return this.jdbc.queryForObject("SELECT review_state FROM milestone_change WHERE id = ?", String.class, change);
	}

}
