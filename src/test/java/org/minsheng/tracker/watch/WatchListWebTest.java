package org.minsheng.tracker.watch;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PaceFixtures;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The watch list (挂牌督办) over real HTTP: the supervision office places a commitment with a
 * reason and a deadline; the dashboard lists it and the commitment page says so until it
 * is lifted; both steps are audited; bad input is explained and saves nothing.
 */
class WatchListWebTest extends PortalIntegrationTest {

	private static final int YEAR = 2090;

	@Autowired
	private PlanFixtures plans;

	@Autowired
	private PaceFixtures pace;

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private WatchList watchList;

	@Autowired
	private JdbcTemplate jdbc;

	private StaffClient reviewer;

	@BeforeEach
	void aPublishedPlanAndASupervisor() {
		this.plans.publishedPlan(YEAR, 2, 1, 1, 40);
		this.staff.user("reviewer", Role.REVIEWER);
		this.reviewer = new StaffClient(this.port);
		this.reviewer.signIn("test-reviewer", StaffFixtures.PASSWORD);
	}

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
		this.plans.removeSyntheticPlans();
	}

	private HttpResponse<String> place(String year, String number, String reason, String deadline) {
		return this.reviewer.submit(this.reviewer.page("/staff/review/watch"), "form.watch-form",
				Map.of("year", year, "number", number, "reason", reason, "deadline", deadline));
	}

	@Test
	void aWatchedCommitmentIsPublicWithItsReasonUntilLifted() {
		String deadline = LocalDate.now().plusMonths(2).toString();
		assertThat(place("2090", "2", "电梯加装进度滞后于序时进度", deadline).statusCode()).isEqualTo(302);
		Long entry = this.jdbc.queryForObject("SELECT MAX(id) FROM watch_entry", Long.class);

		Document board = page("/plans/" + YEAR + "?lang=zh");
		assertThat(board.select("section.watch-list li.watched")).hasSize(1);
		assertThat(board.selectFirst("li.watched").attr("data-commitment")).isEqualTo("2");
		assertThat(board.selectFirst("li.watched .reason").text()).isEqualTo("督办原因：电梯加装进度滞后于序时进度");
		assertThat(page("/plans/" + YEAR + "/commitments/2?lang=zh").selectFirst(".watch-badge").text())
			.contains("电梯加装进度滞后于序时进度");
		assertThat(page("/plans/" + YEAR + "/commitments/1?lang=zh").select(".watch-badge")).isEmpty();
		assertThat(this.watchList.current()).extracting(Watched::number).containsExactly(2);
		assertThat(this.pace.audited("WATCH_PLACED", entry)).isEqualTo(1);

		assertThat(this.reviewer.page("/staff").select(".workspace-tasks li").eachText())
			.as("the supervision office's home lists the watched commitment")
			.anySatisfy((task) -> assertThat(task).contains("挂牌督办：2090年第2件实事", "电梯加装进度滞后于序时进度"));

		HttpResponse<String> again = place("2090", "2", "重复", deadline);
		assertThat(Jsoup.parse(again.body()).selectFirst("#number-error").text()).isEqualTo("该实事已在督办清单中。");

		Document office = this.reviewer.page("/staff/review/watch");
		assertThat(
				this.reviewer.submit(office, "#watch-" + entry + " form.lift", Map.of("note", "已赶上序时进度")).statusCode())
			.isEqualTo(302);
		assertThat(page("/plans/" + YEAR + "?lang=zh").select("section.watch-list")).isEmpty();
		assertThat(page("/plans/" + YEAR + "/commitments/2?lang=zh").select(".watch-badge")).isEmpty();
		assertThat(this.watchList.current()).isEmpty();
		assertThat(this.pace.audited("WATCH_LIFTED", entry)).isEqualTo(1);
		assertThat(this.reviewer.page("/staff/review/watch").selectFirst("#watch-" + entry + " .state").text())
			.contains("已摘牌");
		long version = this.jdbc.queryForObject("SELECT version FROM watch_entry WHERE id = ?", Long.class, entry);
		assertThatThrownBy(() -> this.watchList.lift(entry, version, null, this.staff.member("reviewer")))
			.isInstanceOf(WatchException.class)
			.hasMessage("watch.error.alreadyLifted");
	}

	@Test
	void badInputIsExplainedFieldByFieldAndSavesNothing() {
		long before = this.jdbc.queryForObject("SELECT COUNT(*) FROM watch_entry", Long.class);
		Document page = Jsoup.parse(place("20x0", "", " ", "2020-01-01").body());
		assertThat(page.selectFirst("#year-error").text()).isEqualTo("请填写年度（四位数字，例如2025）。");
		assertThat(page.selectFirst("#number-error").text()).isEqualTo("请填写实事序号（数字，例如4）。");
		assertThat(page.selectFirst("#reason-error").text()).isEqualTo("请填写督办原因，它将公开。");
		assertThat(page.selectFirst("#deadline-error").text()).isEqualTo("整改期限不能早于今天。");

		Document unknown = Jsoup.parse(place("2090", "99", "原因", "31/12/2090").body());
		assertThat(unknown.selectFirst("#number-error").text()).isEqualTo("2090年已公布的民生实事中没有第99件。");
		assertThat(unknown.selectFirst("#deadline-error").text()).startsWith("整改期限请用YYYY-MM-DD格式");
		assertThat(unknown.selectFirst("textarea#reason").text()).isEqualTo("原因");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM watch_entry", Long.class)).isEqualTo(before);
	}

	@Test
	void onlyTheSupervisionOfficeKeepsTheWatchList() {
		this.staff.user("editor", Role.EDITOR);
		StaffClient editor = new StaffClient(this.port);
		editor.signIn("test-editor", StaffFixtures.PASSWORD);
		assertThat(editor.get("/staff/review/watch").statusCode()).isEqualTo(403);
	}

}
