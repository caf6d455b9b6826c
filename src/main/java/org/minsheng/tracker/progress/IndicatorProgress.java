package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Target;

/**
 * An indicator's completion rate and status, derived from its target and its current
 * approved reading on a given day. Nothing here is stored.
 *
 * @param rate percentage of the target reached (may exceed 100), or null where it cannot
 * be computed: no figure, no target, a zero target, a qualitative task
 * @param rateIsLowerBound the true rate is higher than {@code rate} ("200多" of 200)
 */
public record IndicatorProgress(Reading reading, BigDecimal rate, boolean rateIsLowerBound, ProgressStatus status) {

	/**
	 * How far (in percentage points) completion may trail the elapsed share of the year.
	 */
	public static final BigDecimal PACE_TOLERANCE = BigDecimal.TEN;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static IndicatorProgress assess(IndicatorKind kind, Target target, Reading reading, PlanPeriod period,
			LocalDate today) {
		if (reading == null) {
			return new IndicatorProgress(null, null, false,
					period.notStartedOn(today) ? ProgressStatus.NOT_STARTED : ProgressStatus.NO_DATA);
		}
		if (kind == IndicatorKind.QUALITATIVE || reading.figure() == null) {
			ProgressStatus status = reading.isTaskDone() ? ProgressStatus.QUALITATIVE_DONE
					: period.finishedOn(today) ? ProgressStatus.BEHIND_SCHEDULE : ProgressStatus.IN_PROGRESS;
			return new IndicatorProgress(reading, null, false, status);
		}
		Figure figure = reading.figure();
		if (!target.isSet()) {
			return new IndicatorProgress(reading, null, false, ProgressStatus.IN_PROGRESS);
		}
		if (target.amount().signum() == 0) {
			return new IndicatorProgress(reading, null, false, ProgressStatus.COMPLETED);
		}
		BigDecimal rate = figure.value().multiply(HUNDRED).divide(target.amount(), 1, RoundingMode.DOWN);
		int comparison = figure.value().compareTo(target.amount());
		ProgressStatus status;
		if (comparison > 0 || (comparison == 0 && figure.lowerBound())) {
			status = ProgressStatus.OVER_ACHIEVED;
		}
		else if (comparison == 0) {
			status = ProgressStatus.COMPLETED;
		}
		else if (isBehind(rate, period, today)) {
			status = ProgressStatus.BEHIND_SCHEDULE;
		}
		else {
			status = ProgressStatus.IN_PROGRESS;
		}
		return new IndicatorProgress(reading, rate, figure.lowerBound(), status);
	}

	private static boolean isBehind(BigDecimal rate, PlanPeriod period, LocalDate today) {
		if (period.finishedOn(today)) {
			return true;
		}
		return rate.add(PACE_TOLERANCE).compareTo(period.elapsedPercentOn(today)) < 0;
	}

	/** The rate as people read it ({@link ShownRate}). */
	public ShownRate shown() {
		return ShownRate.of(this);
	}

	/** The rate capped at 100, for bars and averages; null where there is no rate. */
	public BigDecimal cappedRate() {
		return this.rate == null ? null : this.rate.min(HUNDRED);
	}

}
