package org.minsheng.tracker.reporting;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.CalendarIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On 3 December 2025, with the 2025 plan reporting from October: the supervision office's
 * overdue list and punctuality, the public stale mark, and both after the housing bureau
 * files its elevators late and the figure is approved.
 */
class ReportingCalendarIntegrationTest extends CalendarIntegrationTest {

	private Element overdueRow(Document page, Long indicator) {
		return page.selectFirst("table.overdue tr[data-indicator=" + indicator + "]");
	}

	private Element punctualityOf(Document page, String department) {
		return page.select("table.punctuality tbody tr")
			.stream()
			.filter((row) -> row.selectFirst(".department").text().equals(department))
			.findFirst()
			.orElse(null);
	}

	@Test
	void aLateReportLeavesTheOverdueListCountsAsLateAndMakesThePublicFiguresFreshAgain() {
		Department housing = this.staff.department("housing", "市住建局");
		Long elevators = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		StaffClient reviewer = client();
		reviewer.signIn("test-reviewer", StaffFixtures.PASSWORD);

		Document overdue = reviewer.page("/staff/review/overdue");
		Element row = overdueRow(overdue, elevators);
		assertThat(row).as("October's elevators, due by 5 November").isNotNull();
		assertThat(row.selectFirst(".department").text()).isEqualTo("市住建局");
		assertThat(row.selectFirst(".days-late").text()).isEqualTo("28 天");
		assertThat(row.text()).contains("2025年10月");
		Element before = punctualityOf(overdue, "市住建局");
		assertThat(before.selectFirst(".overdue-count").text()).isEqualTo("1");
		assertThat(before.selectFirst(".on-time").text()).isEqualTo("0");

		Document stale = client().page("/plans/2025/commitments/4");
		assertThat(stale.select(".freshness.stale .stale-mark").text()).contains("逾期未更新").contains("2025年11月6日");
		assertThat(stale.select(".freshness .next-due").text()).contains("2025年12月5日");
		assertThat(client().page("/plans/2025").select("#commitment-4 .freshness.stale")).hasSize(1);

		StaffClient editor = client();
		editor.signIn("test-editor", StaffFixtures.PASSWORD);
		Document form = editor.page("/staff/reports/new?indicator=" + elevators);
		assertThat(
				editor.submit(form, "form.report-form", Map.of("value", "46", "asOf", "2025-11-30", "action", "submit"))
					.statusCode())
			.isEqualTo(302);
		Long report = this.jdbc.queryForObject(
				"SELECT id FROM progress_report WHERE indicator_id = ? AND filed_by IS NOT NULL", Long.class,
				elevators);
		assertThat(reviewer.submit(reviewer.page("/staff/review"), "#report-" + report + " form.approve", Map.of())
			.statusCode()).isEqualTo(302);

		Document fresh = client().page("/plans/2025/commitments/4");
		assertThat(fresh.select(".freshness.stale")).isEmpty();
		assertThat(fresh.select(".freshness .last-update").text()).isEqualTo("最近更新于今天");
		assertThat(fresh.select(".freshness .next-due")).as("46 elevators reach the target: nothing more is owed")
			.isEmpty();
		assertThat(client().page("/plans/2025?lang=en").select("#commitment-4 .freshness").text())
			.contains("Last updated today");

		Document after = reviewer.page("/staff/review/overdue");
		assertThat(overdueRow(after, elevators)).isNull();
		Element punctuality = punctualityOf(after, "市住建局");
		assertThat(punctuality.selectFirst(".late").text()).as("October, filed 28 days late").isEqualTo("1");
		assertThat(punctuality.selectFirst(".on-time").text()).as("November, before its due day").isEqualTo("1");
		assertThat(punctuality.selectFirst(".share").text()).isEqualTo("50%");
	}

	@Test
	void theOverdueListIsTheSupervisionOfficesOnly() {
		this.staff.user("editor", this.staff.department("housing", "市住建局"), Role.EDITOR);
		StaffClient editor = client();
		editor.signIn("test-editor", StaffFixtures.PASSWORD);
		assertThat(editor.get("/staff/review/overdue").statusCode()).isEqualTo(403);
		assertThat(client().get("/staff/review/overdue").statusCode()).isEqualTo(302);
	}

}
