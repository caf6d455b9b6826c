package org.minsheng.tracker.workday;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minsheng.tracker.system.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the working-day calendar: a year's days that differ from the
 * Monday-to-Friday week, set (added or changed) or removed one at a time, each change
 * audited with the day before and after.
 */
@Service
public class WorkingDayAdministration {

	private static final RowMapper<CalendarDay> DAY = (row, number) -> new CalendarDay(
			row.getObject("on_date", LocalDate.class), DayKind.valueOf(row.getString("kind")),
			new LocalizedText(row.getString("name_zh"), row.getString("name_en")));

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	WorkingDayAdministration(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<CalendarDay> year(int year) {
		return this.jdbc.query(
				"SELECT on_date, kind, name_zh, name_en FROM calendar_day WHERE on_date BETWEEN ? AND ? ORDER BY on_date",
				DAY, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
	}

	/** Adds the day or changes it. */
	@Transactional
	public void set(CalendarDay day, String admin) {
		Optional<CalendarDay> before = find(day.date());
		if (before.isPresent()) {
			this.jdbc.update("UPDATE calendar_day SET kind = ?, name_zh = ?, name_en = ? WHERE on_date = ?",
					day.kind().name(), day.name().zh(), day.name().en(), Date.valueOf(day.date()));
		}
		else {
			this.jdbc.update("INSERT INTO calendar_day (on_date, kind, name_zh, name_en) VALUES (?, ?, ?, ?)",
					Date.valueOf(day.date()), day.kind().name(), day.name().zh(), day.name().en());
		}
		this.events.publishEvent(new WorkingDayChanged(admin, day.date(),
				before.map(CalendarDay::describe).orElse(null), day.describe()));
	}

	/** Removes the day: it becomes an ordinary weekday or weekend day. */
	@Transactional
	public boolean remove(LocalDate date, String admin) {
		Optional<CalendarDay> before = find(date);
		if (before.isEmpty()) {
			return false;
		}
		this.jdbc.update("DELETE FROM calendar_day WHERE on_date = ?", Date.valueOf(date));
		this.events.publishEvent(new WorkingDayChanged(admin, date, before.get().describe(), null));
		return true;
	}

	private Optional<CalendarDay> find(LocalDate date) {
		return this.jdbc
			.query("SELECT on_date, kind, name_zh, name_en FROM calendar_day WHERE on_date = ?", DAY,
					Date.valueOf(date))
			.stream()
			.findFirst();
	}

}
