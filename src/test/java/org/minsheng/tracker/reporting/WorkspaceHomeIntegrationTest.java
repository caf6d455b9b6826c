package org.minsheng.tracker.reporting;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.CalendarIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace home on 3 December 2025 says what needs each person now, each item
 * linking to where it is done: the editor's overdue and due reports and a report sent
 * back; the supervision office's review queue with the report's age and the overdue
 * departments.
 */
class WorkspaceHomeIntegrationTest extends CalendarIntegrationTest {

	@Test
	void editorsAndTheSupervisionOfficeSeeWhatNeedsThemNow() {
		Department housing = this.staff.department("housing", "市住建局");
		Long elevators = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		StaffClient editor = client();
		editor.signIn("test-editor", StaffFixtures.PASSWORD);

		Document home = editor.page("/staff");
		String fileLink = "/staff/reports/new?indicator=" + elevators;
		assertThat(home.select(".tasks-reports li.urgent a[href='" + fileLink + "']").text()).contains("已逾期")
			.contains("2025-10")
			.contains("28 天");
		assertThat(home.select(".tasks-reports li:not(.urgent) a[href='" + fileLink + "']").text()).contains("待报送")
			.contains("2025-12-05");
		assertThat(home.select(".tasks-supervision")).isEmpty();

		Document form = editor.page(fileLink);
		assertThat(
				editor.submit(form, "form.report-form", Map.of("value", "46", "asOf", "2025-11-30", "action", "submit"))
					.statusCode())
			.isEqualTo(302);
		Long report = this.jdbc.queryForObject(
				"SELECT id FROM progress_report WHERE indicator_id = ? AND filed_by IS NOT NULL", Long.class,
				elevators);

		StaffClient reviewer = client();
		reviewer.signIn("test-reviewer", StaffFixtures.PASSWORD);
		Document office = reviewer.page("/staff");
		assertThat(office.select(".tasks-supervision a[href='/staff/review#report-" + report + "']").text())
			.contains("已等待 0 天");
		assertThat(office.select(".tasks-supervision a[href='/staff/review/overdue']").eachText())
			.anyMatch((text) -> text.contains("份报告逾期未报"));
		assertThat(office.select(".tasks-reports")).isEmpty();

		assertThat(reviewer
			.submit(reviewer.page("/staff/review"), "#report-" + report + " form.reject", Map.of("reason", "请附佐证"))
			.statusCode()).isEqualTo(302);
		Document back = editor.page("/staff");
		assertThat(back.select(".tasks-reports li.urgent a[href='/staff/reports/" + report + "']").text())
			.contains("被退回")
			.contains("请附佐证");
		assertThat(back.select(".tasks-reports li.urgent a[href='" + fileLink + "']"))
			.as("a report sent back answers no period: October is overdue again")
			.hasSize(1);
	}

}
