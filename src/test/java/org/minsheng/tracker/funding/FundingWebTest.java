package org.minsheng.tracker.funding;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * Funding over real HTTP: the lead department files the budget by source and the spend; a
 * spend more than 5 % of the budget from the planned pace is refused without an
 * explanation; after review the commitment page shows planned, spent, share spent against
 * the planned pace and the explanation. Bad input is explained and saves nothing.
 */
class FundingWebTest extends PortalIntegrationTest {

	private static final int YEAR = 2090;

	@Autowired
	private PlanFixtures plans;

	@Autowired
	private PaceFixtures pace;

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	private Long commitment;

	private StaffClient editor;

	private StaffClient reviewer;

	@BeforeEach
	void aPublishedPlanLedByATestDepartment() {
		this.plans.publishedPlan(YEAR, 1, 1, 1, 40);
		Department department = this.staff.department("funds", "市测试财政局");
		this.staff.lead(YEAR, 1, department);
		this.commitment = this.jdbc.queryForObject(
				"SELECT c.id FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = ? AND c.number = 1",
				Long.class, YEAR);
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

	private HttpResponse<String> file(Map<String, String> values) {
		Document form = this.editor.page("/staff/reports/funding/" + this.commitment);
		return this.editor.submit(form, "form.funding-form", values);
	}

	private static Map<String, String> spending(String spent, String explanation) {
		Map<String, String> values = new HashMap<>(Map.of("asOf", LocalDate.now().minusDays(1).toString(), "city",
				"600", "central", "400", "spent", spent));
		if (explanation != null) {
			values.put("explanation", explanation);
		}
		return values;
	}

	@Test
	void aSpendFarFromPlanNeedsAnExplanationPublishedWithTheFigures() {
		// The plan's year has not begun: its planned share is 0, so spending 100 of 1,000
		// is
		// 10 % of the budget ahead of plan.
		HttpResponse<String> refused = file(spending("100", null));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).selectFirst("#explanation-error").text())
			.startsWith("已支出占计划资金的10.0%，与序时进度（0.0%）相差超过5%");
		assertThat(count()).isZero();

		assertThat(file(spending("100", "设备款提前支付")).statusCode()).isEqualTo(302);
		Long report = this.jdbc.queryForObject("SELECT MAX(id) FROM funding_report WHERE commitment_id = ?", Long.class,
				this.commitment);
		assertThat(page("/plans/" + YEAR + "/commitments/1?lang=zh").select(".funding-section")).isEmpty();

		Document queue = this.reviewer.page("/staff/review/funding");
		assertThat(queue.selectFirst("#funding-" + report + " .explanation").text()).isEqualTo("设备款提前支付");
		assertThat(this.reviewer.submit(queue, "#funding-" + report + " form.approve", Map.of()).statusCode())
			.isEqualTo(302);

		Document page = page("/plans/" + YEAR + "/commitments/1?lang=zh");
		assertThat(page.selectFirst(".funding-summary").text()).contains("计划资金1000万元", "已支出100万元", "占10.0%");
		assertThat(page.selectFirst(".funding-explanation").text()).isEqualTo("牵头单位说明：设备款提前支付");
		assertThat(page.select(".funding-sources tr[data-source=CENTRAL] td").text()).isEqualTo("400万元");
		assertThat(this.pace.audited("FUNDING_FILED", report)).isEqualTo(1);
		assertThat(this.pace.audited("FUNDING_APPROVED", report)).isEqualTo(1);
	}

	@Test
	void badInputIsExplainedFieldByFieldAndSavesNothing() {
		Map<String, String> values = new HashMap<>(
				Map.of("asOf", "2999-01-01", "city", "-5", "county", "abc", "spent", ""));
		Document page = Jsoup.parse(file(values).body());
		assertThat(page.selectFirst("#asOf-error").text()).isEqualTo("截至日期不能晚于今天。");
		assertThat(page.selectFirst("#city-error").text()).startsWith("请填写不小于0的金额");
		assertThat(page.selectFirst("#county-error").text()).startsWith("请填写不小于0的金额");
		assertThat(page.selectFirst("#spent-error").text()).startsWith("请填写已支出金额");
		assertThat(page.selectFirst("input#county").val()).isEqualTo("abc");

		Document noBudget = Jsoup.parse(file(Map.of("asOf", "2026-01-05", "spent", "0")).body());
		assertThat(noBudget.selectFirst("#city-error").text()).isEqualTo("计划资金合计须大于0。");
		assertThat(count()).isZero();
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM funding_report WHERE commitment_id = ?", Long.class,
				this.commitment);
	}

}
