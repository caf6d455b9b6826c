package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as filed.
 *
 * @param indicatorId the indicator
 * @param asOf the day its figure is as of
 * @param filedAt when it reached the supervision office
 * @param approvedAt when it became public; null while it is not
 * @param value the figure; null for a qualitative task
 * @param taskDone whether the qualitative task is done; null for a figure
 */
public record FiledReport(Long indicatorId, LocalDate asOf, Instant filedAt, Instant approvedAt, BigDecimal value,
		Boolean taskDone) {

	/** Whether it reaches this target (a qualitative task: done). */
	public boolean reaches(BigDecimal target) {
		if (this.taskDone != null) {
			return this.taskDone;
		}
		return target != null && this.value != null && this.value.compareTo(target) >= 0;
	}

}
