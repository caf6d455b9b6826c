package org.minsheng.tracker.reporting;

import org.minsheng.tracker.system.LocalizedText;

/**
 * How one lead department has reported so far: reports filed on time, filed late, and
 * still overdue.
 *
 * @param departmentId the department; null for commitments without a lead department
 * @param department its name; null when none is named
 * @param onTime reports filed by their due day
 * @param late reports filed after it
 * @param overdue reports past their due day and not filed
 */
public record Punctuality(Long departmentId, LocalizedText department, int onTime, int late, int overdue) {

	/** Reports counted: every one whose due day has passed or that is filed. */
	public int counted() {
		return this.onTime + this.late + this.overdue;
	}

	/** The share filed on time, in whole percent (100 with nothing counted yet). */
	public int percentOnTime() {
		return (counted() == 0) ? 100 : Math.round(100f * this.onTime / counted());
	}

}
