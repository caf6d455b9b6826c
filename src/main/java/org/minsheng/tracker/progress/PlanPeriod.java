package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

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

	/** Percentage (0–100) of the year's days elapsed by the end of the given day. */
	public BigDecimal elapsedPercentOn(LocalDate day) {
		if (notStartedOn(day)) {
			return BigDecimal.ZERO;
		}
		if (finishedOn(day)) {
			return BigDecimal.valueOf(100);
		}
		return BigDecimal.valueOf(day.getDayOfYear() * 100L)
			.divide(BigDecimal.valueOf(firstDay().lengthOfYear()), 1, RoundingMode.DOWN);
	}

}
