package org.minsheng.tracker.plan;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator drafts a year's plan, adds commitments and indicators and publishes
 * it, over real HTTP with sign-in and CSRF: bad input is explained, kept as typed and
 * saves nothing; the public sees the plan only once it is published, and then at once.
 * Synthetic plans (years from 2090) are removed after each test.
 */
class PlanDraftingWebTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private PlanFixtures plans;

	@Autowired
	private JdbcTemplate jdbc;

	private Department health;

	private StaffClient admin;

	@BeforeEach
	void anAdministrator() {
		this.health = this.staff.department("health", "市卫健委（测试）");
		this.staff.user("admin", Role.ADMIN);
		this.admin = new StaffClient(this.port);
		this.admin.signIn("test-admin", StaffFixtures.PASSWORD);
	}

	@AfterEach
	void removeTestData() {
		this.plans.removeSyntheticPlans();
		this.staff.removeTestAccounts();
	}

	private HttpResponse<String> createDraft(String year, String titleZh) {
		return this.admin.submit(this.admin.page("/staff/admin/plans"), "form.plan-form",
				Map.of("year", year, "titleZh", titleZh, "titleEn", "Synthetic plan " + year));
	}

	private HttpResponse<String> addCommitment(int year, String titleZh, String area, Department lead) {
		return this.admin.submit(this.admin.page("/staff/admin/plans/" + year), "form.commitment-form",
				Map.of("titleZh", titleZh, "titleEn", "", "area", area, "departmentId",
						(lead != null) ? String.valueOf(lead.getId()) : ""));
	}

	private HttpResponse<String> addIndicator(int year, int number, String kind, String unitZh, String target) {
		Map<String, String> values = new HashMap<>();
		values.put("nameZh", "合成指标 " + kind);
		values.put("nameEn", "Synthetic indicator");
		values.put("kind", kind);
		values.put("unitZh", unitZh);
		values.put("unitEn", "");
		values.put("target", target);
		Document form = this.admin.page("/staff/admin/plans/" + year + "/commitments/" + number + "/indicators");
		return this.admin.submit(form, "form.indicator-form", values);
	}

	private HttpResponse<String> publish(int year) {
		return this.admin.submit(this.admin.page("/staff/admin/plans/" + year), "form.publish", Map.of());
	}

	private String status(int year) {
		return this.jdbc.queryForObject("SELECT status FROM plan WHERE plan_year = ?", String.class, year);
	}

	private long indicators(int year) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM indicator i JOIN commitment c ON c.id = i.commitment_id "
				+ "JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = ?", Long.class, year);
	}

	private long commitments(int year) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = ?", Long.class,
				year);
	}

	private String homeRedirect() {
		return get("/").headers().firstValue("Location").orElseThrow();
	}

	@Test
	void aDraftIsPrivateUntilPublishedAndThenPublicAtOnce() {
		HttpResponse<String> created = createDraft("2090", "合成测试计划 2090");
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/staff/admin/plans/2090");
		assertThat(this.admin.page("/staff/admin/plans").selectFirst("tr[data-plan=2090] .status").text())
			.isEqualTo("草稿（未公开）");
		assertThat(get("/plans/2090").statusCode()).isEqualTo(404);
		assertThat(homeRedirect()).doesNotEndWith("/plans/2090");

		assertThat(addCommitment(2090, "合成实事甲", "HEALTH", this.health).statusCode()).isEqualTo(302);
		assertThat(addCommitment(2090, "合成实事乙", "ELDERLY_CARE", null).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForList("SELECT c.number FROM commitment c JOIN plan p ON p.id = c.plan_id "
				+ "WHERE p.plan_year = 2090 ORDER BY c.number", Integer.class))
			.containsExactly(1, 2);
		assertThat(this.jdbc.queryForObject("SELECT c.lead_department_id FROM commitment c JOIN plan p "
				+ "ON p.id = c.plan_id WHERE p.plan_year = 2090 AND c.number = 1", Long.class))
			.isEqualTo(this.health.getId());
		assertThat(addIndicator(2090, 1, "COUNT", "台", "120").statusCode()).isEqualTo(302);

		HttpResponse<String> incomplete = publish(2090);
		assertThat(incomplete.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(incomplete.body()).selectFirst("[role=alert]").text())
			.isEqualTo("第 2 件实事还没有指标，不能公布。请先为其添加指标。");
		assertThat(status(2090)).isEqualTo("DRAFT");
		assertThat(get("/plans/2090").statusCode()).isEqualTo(404);

		assertThat(addIndicator(2090, 2, "PERCENTAGE", "", "95").statusCode()).isEqualTo(302);
		assertThat(addIndicator(2090, 2, "QUALITATIVE", "", "").statusCode()).isEqualTo(302);
		Document outline = this.admin.page("/staff/admin/plans/2090");
		assertThat(outline.select("[data-commitment=2] td.target").eachText()).containsExactly("95%", "未设数量目标");

		assertThat(publish(2090).statusCode()).isEqualTo(302);
		assertThat(this.admin.page("/staff/admin/plans/2090").selectFirst(".notice").text())
			.isEqualTo("计划已公布，公众页面已更新。");
		assertThat(status(2090)).isEqualTo("PUBLISHED");
		HttpResponse<String> board = get("/plans/2090");
		assertThat(board.statusCode()).isEqualTo(200);
		assertThat(board.body()).contains("合成实事甲", "合成实事乙");
		assertThat(page("/plans/2090/commitments/1").text()).contains("120台", "市卫健委（测试）");
		assertThat(page("/plans/2090/commitments/2").text()).contains("95%");
		assertThat(homeRedirect()).endsWith("/plans/2090");

		String token = this.admin.page("/staff").selectFirst("input[name=_csrf]").val();
		HttpResponse<String> late = this.admin.post("/staff/admin/plans/2090/commitments",
				Map.of("_csrf", token, "titleZh", "迟到的实事", "area", "HEALTH"));
		assertThat(Jsoup.parse(late.body()).select("[role=alert]").eachText()).contains("2090年的计划已公布，其民生实事和指标不能再修改。");
		HttpResponse<String> lateIndicator = this.admin.post("/staff/admin/plans/2090/commitments/1/indicators",
				Map.of("_csrf", token, "nameZh", "迟到的指标", "kind", "COUNT", "unitZh", "个", "target", "1"));
		assertThat(Jsoup.parse(lateIndicator.body()).select("[role=alert]").eachText())
			.contains("2090年的计划已公布，其民生实事和指标不能再修改。");
		assertThat(commitments(2090)).isEqualTo(2);
		assertThat(indicators(2090)).isEqualTo(3);

		Long planId = this.jdbc.queryForObject("SELECT id FROM plan WHERE plan_year = 2090", Long.class);
		assertThat(this.jdbc.queryForList("SELECT after_state FROM audit_event WHERE subject_type = 'plan' "
				+ "AND subject_id = ? AND actor = 'test-admin' AND before_state IS NULL", String.class, planId))
			.singleElement()
			.asString()
			.startsWith("year=2090 status=DRAFT");
		assertThat(
				this.jdbc.queryForMap("SELECT before_state, after_state FROM audit_event WHERE subject_type = 'plan' "
						+ "AND subject_id = ? AND detail = 'plan published'", planId))
			.containsEntry("before_state", "status=DRAFT")
			.containsEntry("after_state", "status=PUBLISHED commitments=2");
		assertThat(this.jdbc.queryForList("SELECT e.after_state FROM audit_event e JOIN commitment c "
				+ "ON e.subject_type = 'commitment' AND e.subject_id = c.id WHERE c.plan_id = ? ORDER BY c.number",
				String.class, planId))
			.satisfiesExactly((first) -> assertThat(first).contains("number=1", "lead=test-health"),
					(second) -> assertThat(second).contains("number=2", "lead=null"));
		assertThat(this.jdbc.queryForList("SELECT e.after_state FROM audit_event e JOIN indicator i "
				+ "ON e.subject_type = 'indicator' AND e.subject_id = i.id JOIN commitment c ON c.id = i.commitment_id "
				+ "WHERE c.plan_id = ? ORDER BY i.id", String.class, planId))
			.satisfiesExactly((count) -> assertThat(count).contains("kind=COUNT unit=台 target=120"),
					(percentage) -> assertThat(percentage).contains("kind=PERCENTAGE unit=% target=95"),
					(task) -> assertThat(task).contains("kind=QUALITATIVE unit=null target=null"));
	}

	@Test
	void badTargetsAreExplainedKeptAsTypedAndSaveNothing() {
		createDraft("2090", "合成测试计划 2090");
		addCommitment(2090, "合成实事甲", "HEALTH", null);

		Document negative = Jsoup.parse(addIndicator(2090, 1, "COUNT", "台", "-5").body());
		assertThat(negative.selectFirst("#target-error").text()).isEqualTo("目标不能为负数。");
		assertThat(negative.selectFirst("#target").val()).isEqualTo("-5");
		assertThat(negative.selectFirst("#nameZh").val()).isEqualTo("合成指标 COUNT");
		assertThat(negative.selectFirst("#unitZh").val()).isEqualTo("台");
		assertThat(negative.selectFirst("[role=alert]").text()).contains("未保存任何更改");

		Document text = Jsoup.parse(addIndicator(2090, 1, "COUNT", "台", "abc").body());
		assertThat(text.selectFirst("#target-error").text()).startsWith("目标只能是数字");
		assertThat(text.selectFirst("#target").val()).isEqualTo("abc");

		Document over = Jsoup.parse(addIndicator(2090, 1, "PERCENTAGE", "", "101").body());
		assertThat(over.selectFirst("#target-error").text()).isEqualTo("覆盖率目标不能超过100。");
		assertThat(over.selectFirst("#kind option[selected]").val()).isEqualTo("PERCENTAGE");

		Document task = Jsoup.parse(addIndicator(2090, 1, "QUALITATIVE", "", "5").body());
		assertThat(task.selectFirst("#target-error").text()).isEqualTo("定性任务没有数量目标，请清空目标。");

		Document noUnit = Jsoup.parse(addIndicator(2090, 1, "COUNT", "", "10").body());
		assertThat(noUnit.selectFirst("#unitZh-error").text()).startsWith("数量类指标须填写中文单位");

		Document noKind = Jsoup.parse(addIndicator(2090, 1, "", "", "").body());
		assertThat(noKind.selectFirst("#kind-error").text()).isEqualTo("请选择指标类型。");

		assertThat(indicators(2090)).isZero();

		assertThat(addIndicator(2090, 1, "COUNT", "个", "12.5").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"SELECT i.target FROM indicator i JOIN commitment c "
						+ "ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2090",
				java.math.BigDecimal.class))
			.isEqualByComparingTo("12.5");
	}

	@Test
	void aCommitmentNeedsATitleAndAnArea() {
		createDraft("2090", "合成测试计划 2090");
		HttpResponse<String> response = this.admin.submit(this.admin.page("/staff/admin/plans/2090"),
				"form.commitment-form", Map.of("titleZh", " ", "titleEn", "Kept as typed", "area", ""));
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("#titleZh-error").text()).isEqualTo("请填写中文（不超过200字）。");
		assertThat(page.selectFirst("#area-error").text()).isEqualTo("请选择领域。");
		assertThat(page.selectFirst("#titleEn").val()).isEqualTo("Kept as typed");
		assertThat(commitments(2090)).isZero();
	}

	@Test
	void anEmptyDraftIsNotPublished() {
		createDraft("2091", "合成测试计划 2091");
		HttpResponse<String> refused = publish(2091);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).selectFirst("[role=alert]").text()).isEqualTo("2091年的计划还没有任何民生实事，不能公布。");
		assertThat(status(2091)).isEqualTo("DRAFT");
		assertThat(get("/plans/2091").statusCode()).isEqualTo(404);
	}

	@Test
	void aYearMustBeInRangeAndFreeInTheUsersLanguage() {
		long before = this.jdbc.queryForObject("SELECT COUNT(*) FROM plan", Long.class);

		Document taken = Jsoup.parse(createDraft("2025", "重复的计划").body());
		assertThat(taken.selectFirst("#year-error").text()).isEqualTo("2025年的计划已存在，每年只能有一个计划。");
		assertThat(taken.selectFirst("#year").val()).isEqualTo("2025");
		assertThat(taken.selectFirst("#titleZh").val()).isEqualTo("重复的计划");

		assertThat(Jsoup.parse(createDraft("1999", "太早的计划").body()).selectFirst("#year-error").text())
			.isEqualTo("年份须为2000至2100之间的四位数字。");
		assertThat(Jsoup.parse(createDraft("abc", "不是年份").body()).selectFirst("#year-error").text())
			.isEqualTo("年份须为2000至2100之间的四位数字。");
		assertThat(Jsoup.parse(createDraft("2090", " ").body()).selectFirst("#titleZh-error").text())
			.isEqualTo("请填写中文（不超过200字）。");

		this.admin.get("/staff/admin/plans?lang=en");
		assertThat(Jsoup.parse(createDraft("2101", "Too late").body()).selectFirst("#year-error").text())
			.isEqualTo("The year is four digits between 2000 and 2100.");

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM plan", Long.class)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("SELECT status FROM plan WHERE plan_year = 2025", String.class))
			.isEqualTo("PUBLISHED");
	}

}
