package org.minsheng.tracker.cycle;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.CycleFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual cycle over real HTTP: candidates from published suggestions, screening,
 * public support and comments, the vote refused when it does not add up and computed when
 * it does, the chosen candidates drafted into the plan in one action, the notice, the
 * commitment page's timeline and evaluation, ratings, and the flag on next year's list.
 */
class CycleWebTest extends PortalIntegrationTest {

	private static final int YEAR = 2090;

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private CycleFixtures cycles;

	@Autowired
	private JdbcTemplate jdbc;

	private StaffClient admin;

	private StaffClient reviewer;

	@BeforeEach
	void signIn() {
		this.staff.user("cycleadmin", Role.ADMIN);
		this.staff.user("cyclereviewer", Role.REVIEWER);
		this.admin = new StaffClient(this.port);
		this.admin.signIn("test-cycleadmin", StaffFixtures.PASSWORD);
		this.reviewer = new StaffClient(this.port);
		this.reviewer.signIn("test-cyclereviewer", StaffFixtures.PASSWORD);
	}

	@AfterEach
	void removeTestData() {
		this.cycles.removeCycles();
		this.staff.removeTestAccounts();
	}

	private String adminPage(int year) {
		return "/staff/admin/cycle/" + year;
	}

	private Long propose(int year, String title, String suggestions, String indicators) {
		HttpResponse<String> answer = this.admin.submit(this.admin.page(adminPage(year)), "form.candidate-form",
				Map.of("title", title, "description", title + "的说明", "area", "EDUCATION", "suggestions", suggestions,
						"indicators", indicators, "estimatedCost", "1200.5", "counties", "yuci"));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		return this.jdbc.queryForObject("SELECT id FROM candidate_project WHERE title_zh = ?", Long.class, title);
	}

	private void screenIn(int year, Long id) {
		this.admin.submit(this.admin.page(adminPage(year)), "[data-candidate=" + id + "] form.screen-form",
				Map.of("decision", "in", "need", "群众呼声高"));
		this.admin.submit(this.admin.page(adminPage(year)), "[data-candidate=" + id + "] form.ballot-form", Map.of());
	}

	private HttpResponse<String> vote(int seated, int present, int places, Map<Long, int[]> counts) {
		List<Long> ids = List.copyOf(counts.keySet());
		Map<String, String> fields = new HashMap<>();
		fields.put("name", "第五届人民代表大会第九次会议");
		fields.put("heldOn", "2090-01-10");
		fields.put("seated", String.valueOf(seated));
		fields.put("present", String.valueOf(present));
		fields.put("places", String.valueOf(places));
		fields.put("rule", "MAJORITY_OF_SEATED");
		fields.put("candidate", ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
		fields.put("votesFor", join(ids, counts, 0));
		fields.put("votesAgainst", join(ids, counts, 1));
		fields.put("abstentions", join(ids, counts, 2));
		return this.admin.submit(this.admin.page(adminPage(YEAR)), "form.vote-form", fields);
	}

	private static String join(List<Long> ids, Map<Long, int[]> counts, int column) {
		return ids.stream().map((id) -> String.valueOf(counts.get(id)[column])).collect(Collectors.joining(","));
	}

	private String state(Long id) {
		return this.jdbc.queryForObject("SELECT state FROM candidate_project WHERE id = ?", String.class, id);
	}

	private Long hope(int n) {
		return this.jdbc.queryForList("SELECT id FROM suggestion WHERE origin = 'PRESS' ORDER BY id", Long.class)
			.get(n);
	}

	private void openWindow(int year) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		this.admin.submit(this.admin.page(adminPage(year)), "form.window-form",
				Map.of("opensOn", today.minusDays(1).toString(), "closesOn", today.plusDays(10).toString()));
	}

	@Test
	void fromSuggestionsThroughTheVoteToACommitmentWithItsTimeline() {
		openWindow(YEAR);
		Long schools = propose(YEAR, "测试好学校", hope(0) + ", " + hope(1), "新建学校；所；10\n入学率；%；99");
		Long doctors = propose(YEAR, "测试专家下沉", String.valueOf(hope(3)), "专家坐诊；场；100");
		Long parks = propose(YEAR, "测试口袋公园", "", "新建公园；处；30");
		Long parking = propose(YEAR, "测试停车平台", "", "接入泊位；个；1000");
		assertThat(this.jdbc.queryForObject("SELECT origin FROM candidate_project WHERE id = ?", String.class, parks))
			.isEqualTo("DEPARTMENT");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM candidate_suggestion WHERE candidate_id = ?",
				Long.class, schools))
			.isEqualTo(2);

		// bad input keeps what was typed and saves nothing
		HttpResponse<String> bad = this.admin.submit(this.admin.page(adminPage(YEAR)), "form.candidate-form",
				Map.of("title", "测试坏项目", "description", "说明", "area", "EDUCATION", "indicators", "名称；个；-3",
						"suggestions", "abc"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("测试坏项目").contains("第1个指标的目标").contains("“abc”不是建议编号");

		screenIn(YEAR, schools);
		screenIn(YEAR, doctors);
		screenIn(YEAR, parks);
		this.admin.submit(this.admin.page(adminPage(YEAR)), "[data-candidate=" + parking + "] form.screen-form",
				Map.of("decision", "out", "reason", ""));
		assertThat(state(parking)).isEqualTo("PROPOSED");
		this.admin.submit(this.admin.page(adminPage(YEAR)), "[data-candidate=" + parking + "] form.screen-form",
				Map.of("decision", "out", "reason", "建设周期超过一年"));
		assertThat(state(parking)).isEqualTo("SCREENED_OUT");

		Document list = page("/cycle/" + YEAR);
		assertThat(list.select(".candidate-card")).hasSize(3);
		assertThat(list.select(".screened-out").text()).contains("建设周期超过一年");

		// one support per person; a comment is moderated and its contact never shown
		StaffClient resident = new StaffClient(this.port);
		Document afterSupport = resident
			.follow(resident.submit(resident.page("/candidates/" + schools), "form.support-form", Map.of()));
		assertThat(afterSupport.select(".facts .supporters").text()).isEqualTo("1");
		resident.submit(resident.page("/candidates/" + schools), "form.support-form", Map.of());
		assertThat(page("/candidates/" + schools).select(".facts .supporters").text()).isEqualTo("1");
		HttpResponse<String> comment = resident.submit(resident.page("/candidates/" + schools), "form.comment-form",
				Map.of("text", "希望学校多配体育老师", "contact", "13812345678"));
		assertThat(comment.statusCode()).isEqualTo(302);
		assertThat(page("/candidates/" + schools).text()).doesNotContain("希望学校多配体育老师");
		Document queue = this.reviewer.page("/staff/moderation/cycle");
		assertThat(queue.text()).contains("138****5678").doesNotContain("13812345678");
		Long remark = this.jdbc.queryForObject("SELECT id FROM resident_remark WHERE body = ?", Long.class,
				"希望学校多配体育老师");
		this.reviewer.submit(queue, "[data-remark=" + remark + "] form.publish-form", Map.of());
		assertThat(page("/candidates/" + schools).text()).contains("希望学校多配体育老师").doesNotContain("5678");

		// counts that do not add up are refused with the reason, and nothing is saved
		HttpResponse<String> tooMany = vote(300, 280, 2, Map.of(schools, new int[] { 200, 50, 31 }, doctors,
				new int[] { 1, 1, 1 }, parks, new int[] { 1, 1, 1 }));
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("测试好学校：赞成200、反对50、弃权31，合计281票，多于实到代表280人");
		HttpResponse<String> noQuorum = vote(300, 150, 2,
				Map.of(schools, new int[] { 100, 0, 0 }, doctors, new int[] { 1, 1, 1 }, parks, new int[] { 1, 1, 1 }));
		assertThat(noQuorum.body()).contains("未达到应到代表300人的三分之二（至少200人）");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM vote_session WHERE cycle_year = ?", Long.class, YEAR))
			.isZero();

		// a tie at the last place is reported and blocks the draft
		vote(300, 290, 2, Map.of(schools, new int[] { 260, 20, 10 }, doctors, new int[] { 200, 50, 40 }, parks,
				new int[] { 200, 60, 30 }));
		assertThat(state(schools)).isEqualTo("CHOSEN");
		assertThat(state(doctors)).isEqualTo("ON_BALLOT");
		assertThat(page("/cycle/" + YEAR + "/ballot").select(".tie").text()).contains("测试专家下沉").contains("测试口袋公园");
		Document refused = this.admin.follow(
				this.admin.submit(this.admin.page(adminPage(YEAR)), "form.adopt-form", Map.of("planTitle", "测试计划")));
		assertThat(refused.select(".cycle-error").text()).contains("并列");

		// the run-off decides; the chosen become the draft plan's commitments in one
		// action
		vote(300, 290, 2, Map.of(schools, new int[] { 260, 20, 10 }, doctors, new int[] { 230, 40, 20 }, parks,
				new int[] { 200, 60, 30 }));
		assertThat(List.of(state(schools), state(doctors), state(parks))).containsExactly("CHOSEN", "CHOSEN",
				"NOT_CHOSEN");
		Document ballot = page("/cycle/" + YEAR + "/ballot");
		assertThat(ballot.select("tr[data-candidate=" + doctors + "] .for").text()).isEqualTo("230");
		assertThat(ballot.select("tr[data-candidate=" + parks + "]").text()).contains("通过但名额已满");
		this.admin.submit(this.admin.page(adminPage(YEAR)), "form.adopt-form", Map.of("planTitle", "测试计划"));
		assertThat(this.jdbc.queryForList(
				"SELECT c.title_zh FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = ? ORDER BY c.number",
				String.class, YEAR))
			.containsExactly("测试好学校", "测试专家下沉");
		assertThat(this.jdbc.queryForObject("SELECT status FROM plan WHERE plan_year = ?", String.class, YEAR))
			.isEqualTo("DRAFT");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = ?",
				Long.class, YEAR))
			.isEqualTo(3);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action IN "
				+ "('CANDIDATE_PROPOSED', 'CANDIDATE_SCREENED', 'CANDIDATE_ON_BALLOT', 'VOTE_RECORDED', 'VOTE_ADOPTED')",
				Long.class))
			.isGreaterThanOrEqualTo(4 + 4 + 3 + 2 + 1);

		// a notice whose window is over makes the plan final
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		this.admin.submit(this.admin.page(adminPage(YEAR)), "form.notice-form", Map.of("opensOn",
				today.minusDays(10).toString(), "days", "7", "contactName", "督查室张三", "contactLine", "0354-1234567"));
		this.admin.submit(this.admin.page(adminPage(YEAR)), "form.finalise-form", Map.of());
		assertThat(this.jdbc.queryForObject("SELECT status FROM plan WHERE plan_year = ?", String.class, YEAR))
			.isEqualTo("PUBLISHED");

		// the commitment page tells the whole chain
		Document commitment = page("/plans/" + YEAR + "/commitments/1");
		assertThat(commitment.select(".chain-summary .proposed-by").text()).isEqualTo("2位群众提出；");
		assertThat(commitment.select(".chain-summary .chosen-by").text()).isEqualTo("260/300位代表投赞成票当选");
		assertThat(commitment.select(".timeline .step-suggestions").text()).contains("2条建议");
		assertThat(commitment.select(".timeline .step-candidate").text()).contains("测试好学校（1人支持）");
		assertThat(commitment.select(".timeline .step-vote").text()).contains("赞成260、反对20、弃权10");
		assertThat(commitment.select(".timeline .step-notice.recorded")).hasSize(1);
		assertThat(commitment.select(".timeline .step-evaluation.missing").text()).contains("无记录");
		assertThat(commitment.select(".no-evaluation").text()).contains("暂无人大代表测评记录");

		// the delegates' evaluation fails the second commitment; it is flagged next year
		Document evaluations = this.admin.page(adminPage(YEAR));
		Long second = this.jdbc.queryForObject(
				"SELECT c.id FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = ? AND c.number = 2",
				Long.class, YEAR);
		this.admin.submit(evaluations, "form.evaluation-form[data-commitment=2]",
				Map.of("sessionName", "第五届人民代表大会第十次会议", "heldOn", "2090-12-20", "satisfied", "100",
						"basicallySatisfied", "45", "dissatisfied", "145"));
		Document failed = page("/plans/" + YEAR + "/commitments/2");
		assertThat(failed.select(".evaluation-counts").text()).isEqualTo("满意100票，基本满意45票，不满意145票");
		assertThat(failed.select(".evaluation-verdict").text()).isEqualTo("测评未通过");
		assertThat(page("/plans/" + YEAR + "/review").select(".evaluation-table tr[data-commitment=2]").text())
			.contains("满意100票")
			.contains("测评未通过");
		assertThat(get("/plans/" + YEAR + "/evaluations.csv").body()).contains("100,45,145,false");
		String api = get("/api/v1/plans/" + YEAR + "/commitments/1").body();
		assertThat(api).contains("\"residents\":2").contains("\"votesFor\":260").contains("\"outcome\":\"CHOSEN\"");
		assertThat(get("/api/v1/plans/" + YEAR + "/commitments/2").body()).contains("\"passes\":false");
		Long next = propose(YEAR + 1, "测试下一年项目", "", "新建学校；所；5");
		screenIn(YEAR + 1, next);
		assertThat(page("/cycle/" + (YEAR + 1)).select(".failed-commitment").text()).contains("测试专家下沉");

		// residents rate online once each, labelled apart from the delegates' evaluation
		StaffClient rater = new StaffClient(this.port);
		String ratingPage = page("/plans/" + YEAR + "/commitments/2").selectFirst("a.rating-link").attr("href");
		Document form = rater.page(ratingPage);
		Document rated = rater.follow(rater.submit(form, "form.rating-form", Map.of("verdict", "SATISFIED")));
		assertThat(rated.select(".notice").text()).contains("谢谢您的评价");
		assertThat(rated.select("form.rating-form")).as("one rating per person").isEmpty();
		Document again = rater.follow(rater.post("/ratings/" + second,
				Map.of("_csrf", form.selectFirst("input[name=_csrf]").val(), "verdict", "DISSATISFIED")));
		assertThat(again.select(".notice").text()).contains("已经评价过");
		assertThat(page("/plans/" + YEAR + "/commitments/2").select(".online-rating .rating-counts").text())
			.isEqualTo("满意1，基本满意0，不满意0");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM commitment_rating WHERE commitment_id = ?",
				Long.class, second))
			.isEqualTo(1);
	}

	@Test
	void theDefaultRunHoldsNoDemonstrationCycle() {
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM candidate_project WHERE title_zh LIKE '【演示数据】%'",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM plan WHERE plan_year = 2026", Long.class)).isZero();
		assertThat(get("/cycle/2026").statusCode()).isEqualTo(404);
		assertThat(page("/plans/2025").select(".demonstration-banner")).isEmpty();
		Document real = page("/plans/2025/commitments/4");
		assertThat(real.select(".no-evaluation").text()).as("no evaluation is made up for 2025").contains("暂无人大代表测评记录");
		assertThat(real.select(".timeline .step-vote").text()).contains("无记录");
		String api = get("/api/v1/plans/2025/commitments/4").body();
		assertThat(api).contains("\"chain\"")
			.contains("\"kind\":\"VOTE\"")
			.doesNotContain("\"vote\":")
			.doesNotContain("\"delegates\":");
	}

}
