package org.minsheng.tracker.reporting;

import java.time.LocalDate;

import org.minsheng.tracker.system.LocalizedText;

/**
 * A report a lead department owes for one indicator and period, and where it stands on
 * the day asked about.
 *
 * @param departmentId the commitment's lead department; null when none is named
 * @param department its name; null when none is named
 * @param year the plan's year
 * @param commitmentNumber the commitment's number in its plan
 * @param commitment the commitment's title
 * @param indicatorId the indicator
 * @param indicator the indicator's name
 * @param period the period reported on
 * @param standing where it stands
 * @param filedOn the day the answering report was filed; null while none is
 * @param days days late (overdue or filed late), or days left until the due day
 */
public record Obligation(Long departmentId, LocalizedText department, int year, int commitmentNumber,
		LocalizedText commitment, Long indicatorId, LocalizedText indicator, ReportingPeriod period, Standing standing,
		LocalDate filedOn, long days) {

	/** The due day, for sorting and showing. */
	public LocalDate due() {
		return this.period.due();
	}

}
