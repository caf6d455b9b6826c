package org.minsheng.tracker.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One period a lead department reports on, and the day its report is due by.
 *
 * @param start the period's first day
 * @param end its last day
 * @param due the last day a report for it is on time
 */
public record ReportingPeriod(LocalDate start, LocalDate end, LocalDate due) {

	public ReportingPeriod {
		if (end.isBefore(start) || !due.isAfter(end)) {
			throw new IllegalArgumentException("a period ends after it starts and is due after it ends");
		}
	}

	/** Whether the period has begun on this day (nothing is owed for a later one). */
	public boolean hasStartedOn(LocalDate day) {
		return !this.start.isAfter(day);
	}

	/** The month the period starts in (its name on pages and in emails). */
	public YearMonth firstMonth() {
		return YearMonth.from(this.start);
	}

	/** The month it ends in; the same as {@link #firstMonth()} for a monthly cycle. */
	public YearMonth lastMonth() {
		return YearMonth.from(this.end);
	}

}
