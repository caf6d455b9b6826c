package org.minsheng.tracker.workday;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working days on the seeded calendar (the State Council's notices for 2025 and 2026),
 * and the administrators' page that changes it, audited.
 */
class WorkingDaysIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private WorkingDays workingDays;

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeTestDays() {
		this.jdbc.update("DELETE FROM calendar_day WHERE on_date >= DATE '2099-01-01'");
		this.staff.removeTestAccounts();
	}

	@Test
	void holidaysAndAdjustedWeekendsOfTheNoticesCount() {
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2025, 10, 1))).as("National Day").isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2025, 10, 8))).as("a Wednesday off").isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2025, 10, 11))).as("Saturday worked").isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2025, 9, 28))).as("Sunday worked").isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday worked").isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Spring Festival Monday").isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 3, 2))).as("an ordinary Monday").isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 3, 7))).as("an ordinary Saturday").isFalse();
	}

	@Test
	void threeWorkingDaysAcrossAHolidayAndAnAdjustedWorkingWeekend() {
		// Tuesday 30 September 2025: 1-8 October off, then Thursday 9, Friday 10 and the
		// adjusted working Saturday 11.
		assertThat(this.workingDays.plusWorkingDays(LocalDate.of(2025, 9, 30), 3))
			.isEqualTo(LocalDate.of(2025, 10, 11));
		// Thursday 25 September 2025: Friday 26, the adjusted working Sunday 28, Monday
		// 29.
		assertThat(this.workingDays.plusWorkingDays(LocalDate.of(2025, 9, 25), 3)).isEqualTo(LocalDate.of(2025, 9, 29));
		// Friday 13 February 2026: the adjusted working Saturday 14, then nine days off,
		// then Tuesday 24 and Wednesday 25.
		assertThat(this.workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
		assertThat(this.workingDays.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11)))
			.isEqualTo(3);
		assertThat(this.workingDays.workingDaysBetween(LocalDate.of(2025, 10, 11), LocalDate.of(2025, 9, 30)))
			.isEqualTo(-3);
		assertThat(this.workingDays.plusWorkingDays(LocalDate.of(2026, 3, 6), 0)).isEqualTo(LocalDate.of(2026, 3, 6));
	}

	@Test
	void anAdministratorChangesTheCalendarAndEveryChangeIsAudited() {
		this.staff.user("calendar-admin", Role.ADMIN);
		StaffClient admin = new StaffClient(this.port);
		admin.signIn("test-calendar-admin", StaffFixtures.PASSWORD);
		LocalDate friday = LocalDate.of(2099, 1, 2);
		assertThat(this.workingDays.isWorkingDay(friday)).isTrue();

		Document page = admin.page("/staff/admin/working-days?year=2099");
		HttpResponse<String> bad = admin.submit(page, "form.working-day-form",
				Map.of("date", "2099-02-30", "kind", "HOLIDAY", "nameZh", "测试", "nameEn", "Test"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("请按“2026-10-01”的格式填写一个存在的日期。").contains("测试");

		HttpResponse<String> saved = admin.submit(page, "form.working-day-form",
				Map.of("date", "2099-01-02", "kind", "HOLIDAY", "nameZh", "测试假日", "nameEn", "Test holiday"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.workingDays.isWorkingDay(friday)).isFalse();
		assertThat(admin.follow(saved).select("tr[data-date='2099-01-02']").text()).contains("测试假日");

		HttpResponse<String> removed = admin.submit(admin.page("/staff/admin/working-days?year=2099"),
				"tr[data-date='2099-01-02'] form.remove-day", Map.of());
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(this.workingDays.isWorkingDay(friday)).isTrue();

		assertThat(this.jdbc.queryForList(
				"SELECT after_state FROM audit_event WHERE action = 'WORKING_DAY_CHANGED' AND actor = 'test-calendar-admin' "
						+ "ORDER BY id",
				String.class))
			.containsExactly("2099-01-02 HOLIDAY 测试假日 / Test holiday", null);
	}

	@Test
	void onlyAdministratorsSeeTheCalendar() {
		this.staff.user("calendar-editor", Role.EDITOR, Role.REVIEWER);
		StaffClient editor = new StaffClient(this.port);
		editor.signIn("test-calendar-editor", StaffFixtures.PASSWORD);
		assertThat(editor.get("/staff/admin/working-days").statusCode()).isEqualTo(403);
		assertThat(editor.post("/staff/admin/working-days/remove", Map.of("date", "2025-10-01")).statusCode())
			.isEqualTo(403);
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
	}

}
