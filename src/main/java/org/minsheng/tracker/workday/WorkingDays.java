package org.minsheng.tracker.workday;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

/**
 * Counts working days on the calendar administrators keep (China's public holidays and
 * adjusted working weekends, {@code calendar_day}): every Monday to Friday is a working
 * day unless it is a holiday, a Saturday or Sunday only when it is an adjusted working
 * day. Each call reads the calendar afresh (one query for the span it needs), so a change
 * counts at once on every instance.
 */
@Service
public class WorkingDays {

	/** Enough days to find the next working day after any holiday. */
	private static final int SLACK_DAYS = 31;

	private final JdbcTemplate jdbc;

	WorkingDays(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isWorkingDay(LocalDate day) {
		return read(day, day).isWorkingDay(day);
	}

	/**
	 * The day {@code days} working days after {@code start}: with 3, the third working
	 * day after it, however many holidays and weekends come between; with 0, the start
	 * itself.
	 */
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("count working days forward: " + days);
		}
		WorkingDayCalendar calendar = read(start, start.plusDays(days * 2L + SLACK_DAYS));
		LocalDate day = start;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (!calendar.covers(day)) {
				calendar = read(day, day.plusDays(left * 2L + SLACK_DAYS));
			}
			if (calendar.isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * How many working days lie after {@code from} up to and including {@code to}
	 * (negative when {@code to} comes first): from a Friday to the next Monday, 1.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		WorkingDayCalendar calendar = read(from, to);
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	private WorkingDayCalendar read(LocalDate from, LocalDate until) {
		Map<LocalDate, DayKind> exceptions = new HashMap<>();
		this.jdbc.query("SELECT on_date, kind FROM calendar_day WHERE on_date BETWEEN ? AND ?",
				(RowCallbackHandler) (row) -> {
					exceptions.put(row.getObject("on_date", LocalDate.class), DayKind.valueOf(row.getString("kind")));
				}, Date.valueOf(from), Date.valueOf(until));
		return new WorkingDayCalendar(from, until, exceptions);
	}

}
