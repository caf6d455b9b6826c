package org.minsheng.tracker.workday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The calendar's exceptions over a span of days, read once: a day is a working day when
 * it is an adjusted working day, or a Monday to Friday that is not a holiday.
 *
 * @param from the first day the exceptions were read for
 * @param until the last day the exceptions were read for
 * @param exceptions the days that differ from the Monday-to-Friday week
 */
record WorkingDayCalendar(LocalDate from, LocalDate until, Map<LocalDate, DayKind> exceptions) {

	WorkingDayCalendar {
		exceptions = Map.copyOf(exceptions);
	}

	boolean covers(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.until);
	}

	boolean isWorkingDay(LocalDate day) {
		DayKind kind = this.exceptions.get(day);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
