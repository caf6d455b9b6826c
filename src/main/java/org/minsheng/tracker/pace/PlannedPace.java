package org.minsheng.tracker.pace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Target;

/**
 * The one rule for planned pace (序时进度): where an indicator should be on any day of its
 * plan's year, and whether its actual figure is ahead of that, on track or behind.
 * <ul>
 * <li>With milestones, the planned value runs linearly between them; before the first it
 * rises from 0 at the start of the year (1 January); after the last it holds that
 * milestone's value.</li>
 * <li>Without milestones, the calendar line: from 0 on 1 January to the target at the end
 * of 31 December.</li>
 * <li>Days count to their end: a milestone due on 31 March is reached by the end of that
 * day, and missed from 1 April on if the figure is below it.</li>
 * <li>Status compares the actual rate with the planned rate (both in percent of the
 * target): more than {@link #TOLERANCE} points behind is behind, more than that ahead is
 * ahead; a missed milestone is behind whatever the rates. A qualitative task misses its
 * last step when that step's day has passed and the task is not reported done.</li>
 * </ul>
 * Every page, the charts, the bulletin, the exports and the API read status through this
 * rule (via {@code progress.IndicatorProgress}).
 */
public final class PlannedPace {

	/** How far (in percentage points of the target) actual may differ from planned. */
	public static final BigDecimal TOLERANCE = BigDecimal.TEN;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final int year;

	private final IndicatorKind kind;

	private final BigDecimal target;

	private final List<MilestonePoint> milestones;

	private PlannedPace(int year, IndicatorKind kind, Target target, List<MilestonePoint> milestones) {
		this.year = year;
		this.kind = kind;
		this.target = (target != null) ? target.amount() : null;
		this.milestones = milestones.stream().sorted(Comparator.comparing(MilestonePoint::due)).toList();
	}

	/** The calendar line: no milestones. */
	public static PlannedPace calendar(int year, IndicatorKind kind, Target target) {
		return new PlannedPace(year, kind, target, List.of());
	}

	public static PlannedPace of(int year, IndicatorKind kind, Target target, List<MilestonePoint> milestones) {
		return new PlannedPace(year, kind, target, (milestones != null) ? milestones : List.of());
	}

	public int year() {
		return this.year;
	}

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

	/** The milestones in date order (empty: the calendar line). */
	public List<MilestonePoint> milestones() {
		return this.milestones;
	}

	public boolean fromMilestones() {
		return !this.milestones.isEmpty();
	}

	/** Percentage (0–100) of the year's days elapsed by the end of the given day. */
	public BigDecimal elapsedPercentOn(LocalDate day) {
		return BigDecimal.valueOf(elapsedDays(day) * 100L)
			.divide(BigDecimal.valueOf(firstDay().lengthOfYear()), 1, RoundingMode.DOWN);
	}

	/**
	 * Days of the year elapsed by the end of the given day: 0 before it, all after it.
	 */
	private long elapsedDays(LocalDate day) {
		if (notStartedOn(day)) {
			return 0;
		}
		if (finishedOn(day)) {
			return firstDay().lengthOfYear();
		}
		return day.getDayOfYear();
	}

	private List<MilestonePoint> valued() {
		return this.milestones.stream().filter((m) -> m.value() != null).toList();
	}

	/**
	 * The planned cumulative value by the end of the day, or null where there is none: a
	 * qualitative task, or neither a target nor valued milestones.
	 */
	public BigDecimal plannedOn(LocalDate day) {
		if (this.kind == IndicatorKind.QUALITATIVE) {
			return null;
		}
		List<MilestonePoint> valued = valued();
		long t = elapsedDays(day);
		if (valued.isEmpty()) {
			if (this.target == null) {
				return null;
			}
			return this.target.multiply(BigDecimal.valueOf(t))
				.divide(BigDecimal.valueOf(firstDay().lengthOfYear()), 2, RoundingMode.HALF_UP);
		}
		long previousT = 0;
		BigDecimal previousValue = BigDecimal.ZERO;
		for (MilestonePoint milestone : valued) {
			long dueT = elapsedDays(milestone.due());
			if (t <= dueT) {
				if (dueT == previousT) {
					return milestone.value();
				}
				BigDecimal rise = milestone.value().subtract(previousValue);
				return previousValue.add(rise.multiply(BigDecimal.valueOf(t - previousT))
					.divide(BigDecimal.valueOf(dueT - previousT), 2, RoundingMode.HALF_UP));
			}
			previousT = dueT;
			previousValue = milestone.value();
		}
		return previousValue;
	}

	/**
	 * The planned value as a percentage of the target (one decimal, rounded down), or
	 * null without a positive target. On the calendar line it is the share of the year
	 * elapsed.
	 */
	public BigDecimal plannedRateOn(LocalDate day) {
		if (this.kind == IndicatorKind.QUALITATIVE || this.target == null || this.target.signum() == 0) {
			return null;
		}
		if (valued().isEmpty()) {
			return elapsedPercentOn(day);
		}
		return plannedOn(day).multiply(HUNDRED).divide(this.target, 1, RoundingMode.DOWN);
	}

	/**
	 * A commitment's planned share of its work by the end of the day (0–100, one decimal,
	 * rounded down): the mean of its indicators' planned rates, the share of the year
	 * elapsed standing in for an indicator without one (a qualitative task, no target).
	 * What funding compares its spending with.
	 */
	public static BigDecimal meanPlannedRate(java.util.Collection<PlannedPace> paces, LocalDate day) {
		if (paces.isEmpty()) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (PlannedPace pace : paces) {
			BigDecimal rate = pace.plannedRateOn(day);
			sum = sum.add((rate != null) ? rate : pace.elapsedPercentOn(day));
		}
		return sum.divide(BigDecimal.valueOf(paces.size()), 1, RoundingMode.DOWN);
	}

	/** The latest milestone due by the end of the day, or null. */
	public MilestonePoint reachedBy(LocalDate day) {
		MilestonePoint reached = null;
		for (MilestonePoint milestone : this.milestones) {
			if (!milestone.due().isAfter(day)) {
				reached = milestone;
			}
		}
		return reached;
	}

	/** The next milestone due after the day, or null. */
	public MilestonePoint nextAfter(LocalDate day) {
		return this.milestones.stream().filter((m) -> m.due().isAfter(day)).findFirst().orElse(null);
	}

	/**
	 * Judges an actual figure (measured indicators) or task state (qualitative ones) on a
	 * day.
	 * @param actual the current figure, or null (a qualitative task)
	 * @param taskDone whether a qualitative task is reported done
	 */
	public PaceJudgement judge(BigDecimal actual, boolean taskDone, LocalDate day) {
		if (this.kind == IndicatorKind.QUALITATIVE || actual == null) {
			MilestonePoint last = this.milestones.isEmpty() ? null : this.milestones.get(this.milestones.size() - 1);
			MilestonePoint missed = (!taskDone && last != null && last.due().isBefore(day)) ? last : null;
			return new PaceJudgement(null, null, (missed != null) ? PaceStatus.BEHIND : PaceStatus.ON_TRACK, missed,
					fromMilestones());
		}
		BigDecimal planned = plannedOn(day);
		BigDecimal plannedRate = plannedRateOn(day);
		MilestonePoint missed = missedBy(actual, day);
		PaceStatus status = PaceStatus.ON_TRACK;
		if (plannedRate != null) {
			BigDecimal rate = actual.multiply(HUNDRED).divide(this.target, 1, RoundingMode.DOWN);
			BigDecimal gap = rate.subtract(plannedRate);
			if (gap.compareTo(TOLERANCE.negate()) < 0) {
				status = PaceStatus.BEHIND;
			}
			else if (gap.compareTo(TOLERANCE) > 0) {
				status = PaceStatus.AHEAD;
			}
		}
		if (missed != null) {
			status = PaceStatus.BEHIND;
		}
		return new PaceJudgement(planned, plannedRate, status, missed, fromMilestones());
	}

	/** The latest valued milestone due before the day whose value the figure is below. */
	private MilestonePoint missedBy(BigDecimal actual, LocalDate day) {
		MilestonePoint latestPassed = null;
		for (MilestonePoint milestone : valued()) {
			if (milestone.due().isBefore(day)) {
				latestPassed = milestone;
			}
		}
		return (latestPassed != null && actual.compareTo(latestPassed.value()) < 0) ? latestPassed : null;
	}

	/**
	 * The planned line's corners for a chart: from 0 on 1 January through each valued
	 * milestone, held to 31 December; the calendar line from 0 to the target. Empty where
	 * there is no planned value.
	 */
	public List<Corner> line() {
		if (this.kind == IndicatorKind.QUALITATIVE) {
			return List.of();
		}
		List<MilestonePoint> valued = valued();
		List<Corner> corners = new ArrayList<>();
		if (valued.isEmpty()) {
			if (this.target == null) {
				return List.of();
			}
			corners.add(new Corner(firstDay(), BigDecimal.ZERO));
			corners.add(new Corner(lastDay(), this.target));
			return corners;
		}
		corners.add(new Corner(firstDay(), BigDecimal.ZERO));
		valued.forEach((m) -> corners.add(new Corner(m.due(), m.value())));
		if (valued.get(valued.size() - 1).due().isBefore(lastDay())) {
			corners.add(new Corner(lastDay(), valued.get(valued.size() - 1).value()));
		}
		return corners;
	}

	/** A corner of the planned line. */
	public record Corner(LocalDate day, BigDecimal value) {
	}

}
