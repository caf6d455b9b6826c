package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.minsheng.tracker.pace.PlannedPace;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Target;

/**
 * The calendar year a plan covers, and how much of it has elapsed on a given day.
 */
public record PlanPeriod(int year) {

	public LocalDate firstDay() {
		return LocalDate.of(this.year, 1, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(this.year, 12, 31);
	}

	public boolean notStartedOn(LocalDate day) {
		return day.isBefore(firstDay());
	}

	public boolean finishedOn(LocalDate day) {
		return day.isAfter(lastDay());
	}

	/**
	 * Percentage (0–100) of the year's days elapsed by the end of the given day: the
	 * calendar line of {@link PlannedPace}.
	 */
	public BigDecimal elapsedPercentOn(LocalDate day) {
		return PlannedPace.calendar(this.year, IndicatorKind.COUNT, Target.NONE).elapsedPercentOn(day);
	}

}
