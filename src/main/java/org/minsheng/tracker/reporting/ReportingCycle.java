package org.minsheng.tracker.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a plan's lead departments report and by when: every {@code monthsPerPeriod}
 * months (monthly or quarterly), due by day {@code dueDay} of the month after the period,
 * from {@code firstPeriod} on.
 *
 * @param monthsPerPeriod 1 (monthly) or 3 (quarterly)
 * @param dueDay the day of the following month a report is due by (1–28)
 * @param firstPeriod the month reporting starts with
 */
public record ReportingCycle(int monthsPerPeriod, int dueDay, YearMonth firstPeriod) {

	/** The usual cycle: monthly, due by the 5th for the month before. */
	public static final int DEFAULT_DUE_DAY = 5;

	public ReportingCycle {
		if (monthsPerPeriod != 1 && monthsPerPeriod != 3) {
			throw new IllegalArgumentException("a reporting period is one month or three");
		}
		if (dueDay < 1 || dueDay > 28) {
			throw new IllegalArgumentException("a report is due by a day from 1 to 28");
		}
	}

	/** A plan without a cycle of its own: monthly, by the 5th, from its January. */
	public static ReportingCycle defaultFor(int year) {
		return new ReportingCycle(1, DEFAULT_DUE_DAY, YearMonth.of(year, 1));
	}

	/**
	 * The periods of a plan's year in order: from the first period (or January) to the
	 * year's end; the last one is due in the following January.
	 */
	public List<ReportingPeriod> periodsOf(int year) {
		List<ReportingPeriod> periods = new ArrayList<>();
		YearMonth january = YearMonth.of(year, 1);
		YearMonth start = this.firstPeriod.isAfter(january) ? this.firstPeriod : january;
		YearMonth december = YearMonth.of(year, 12);
		while (!start.isAfter(december)) {
			YearMonth end = start.plusMonths(this.monthsPerPeriod - 1L);
			if (end.isAfter(december)) {
				end = december;
			}
			periods.add(new ReportingPeriod(start.atDay(1), end.atEndOfMonth(), end.plusMonths(1).atDay(this.dueDay)));
			start = end.plusMonths(1);
		}
		return periods;
	}

}
