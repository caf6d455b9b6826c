package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.minsheng.tracker.pace.PaceJudgement;
import org.minsheng.tracker.pace.PlannedPace;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Target;

/**
 * An indicator's completion rate and status, derived from its target and its current
 * approved reading on a given day. Nothing here is stored.
 *
 * @param rate percentage of the target reached (may exceed 100), or null where it cannot
 * be computed: no figure, no target, a zero target, a qualitative task
 * @param rateIsLowerBound the true rate is higher than {@code rate} ("200多" of 200)
 * @param pace the figure against its planned pace ({@link PlannedPace}), or null where
 * nothing is judged (no figure, delivered, the year over)
 */
public record IndicatorProgress(Reading reading, BigDecimal rate, boolean rateIsLowerBound, ProgressStatus status,
		PaceJudgement pace) {

	/**
	 * How far (in percentage points) completion may trail the planned pace: the one
	 * tolerance of {@link PlannedPace}.
	 */
	public static final BigDecimal PACE_TOLERANCE = PlannedPace.TOLERANCE;

	public IndicatorProgress(Reading reading, BigDecimal rate, boolean rateIsLowerBound, ProgressStatus status) {
		this(reading, rate, rateIsLowerBound, status, null);
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Judged against the calendar line (an indicator without milestones). */
	public static IndicatorProgress assess(IndicatorKind kind, Target target, Reading reading, PlanPeriod period,
			LocalDate today) {
		return assess(kind, target, reading, PlannedPace.calendar(period.year(), kind, target), today);
	}

	/** Judged against the indicator's planned pace (its milestones, or the calendar). */
	public static IndicatorProgress assess(IndicatorKind kind, Target target, Reading reading, PlannedPace pace,
			LocalDate today) {
		if (reading == null) {
			return new IndicatorProgress(null, null, false,
					pace.notStartedOn(today) ? ProgressStatus.NOT_STARTED : ProgressStatus.NO_DATA);
		}
		if (kind == IndicatorKind.QUALITATIVE || reading.figure() == null) {
			if (reading.isTaskDone()) {
				return new IndicatorProgress(reading, null, false, ProgressStatus.QUALITATIVE_DONE);
			}
			if (pace.finishedOn(today)) {
				return new IndicatorProgress(reading, null, false, ProgressStatus.BEHIND_SCHEDULE);
			}
			PaceJudgement judgement = pace.judge(null, false, today);
			return new IndicatorProgress(reading, null, false,
					judgement.isBehind() ? ProgressStatus.BEHIND_SCHEDULE : ProgressStatus.IN_PROGRESS, judgement);
		}
		Figure figure = reading.figure();
		if (!target.isSet()) {
			PaceJudgement judgement = pace.judge(figure.value(), false, today);
			return new IndicatorProgress(reading, null, false,
					judgement.isBehind() ? ProgressStatus.BEHIND_SCHEDULE : ProgressStatus.IN_PROGRESS, judgement);
		}
		if (target.amount().signum() == 0) {
			return new IndicatorProgress(reading, null, false, ProgressStatus.COMPLETED);
		}
		BigDecimal rate = figure.value().multiply(HUNDRED).divide(target.amount(), 1, RoundingMode.DOWN);
		int comparison = figure.value().compareTo(target.amount());
		if (comparison > 0 || (comparison == 0 && figure.lowerBound())) {
			return new IndicatorProgress(reading, rate, figure.lowerBound(), ProgressStatus.OVER_ACHIEVED);
		}
		if (comparison == 0) {
			return new IndicatorProgress(reading, rate, figure.lowerBound(), ProgressStatus.COMPLETED);
		}
		if (pace.finishedOn(today)) {
			return new IndicatorProgress(reading, rate, figure.lowerBound(), ProgressStatus.BEHIND_SCHEDULE);
		}
		PaceJudgement judgement = pace.judge(figure.value(), false, today);
		return new IndicatorProgress(reading, rate, figure.lowerBound(),
				judgement.isBehind() ? ProgressStatus.BEHIND_SCHEDULE : ProgressStatus.IN_PROGRESS, judgement);
	}

	/** The rate as people read it ({@link ShownRate}). */
	public ShownRate shown() {
		return ShownRate.of(this);
	}

	/** Under way and more than the tolerance ahead of its planned pace. */
	public boolean isAhead() {
		return this.pace != null && this.pace.isAhead() && this.status == ProgressStatus.IN_PROGRESS;
	}

	/** The rate capped at 100, for bars and averages; null where there is no rate. */
	public BigDecimal cappedRate() {
		return this.rate == null ? null : this.rate.min(HUNDRED);
	}

}
