package org.minsheng.tracker.chart;

import java.math.BigDecimal;

/**
 * The year's overall completion as a bar on 0–100 %, with a line at the share of the year
 * elapsed: the bar reaching the line means on pace.
 *
 * @param rate overall completion (0–100), or null where nothing can be computed
 * @param rateLength the bar's length, clamped to the width
 * @param elapsed where the "on pace" line stands (0–100): the share of the year elapsed
 * or, where milestones exist, the planned share of the work
 * @param elapsedX where the "on pace" line stands
 * @param fromMilestones whether the line is the planned pace of milestones rather than
 * the calendar
 */
public record PaceChart(BigDecimal rate, BigDecimal elapsed, boolean onPace, double rateLength, double elapsedX,
		double width, boolean fromMilestones) {

	public static final double WIDTH = 360;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static PaceChart of(BigDecimal rate, BigDecimal elapsed, BigDecimal tolerance) {
		return of(rate, elapsed, tolerance, false);
	}

	public static PaceChart of(BigDecimal rate, BigDecimal elapsed, BigDecimal tolerance, boolean fromMilestones) {
		boolean onPace = rate != null && rate.add(tolerance).compareTo(elapsed) >= 0;
		return new PaceChart(rate, elapsed, onPace, Scale.along(rate, HUNDRED, WIDTH),
				Scale.along(elapsed, HUNDRED, WIDTH), WIDTH, fromMilestones);
	}

	public boolean hasRate() {
		return this.rate != null;
	}

	/** Whether the elapsed label sits left of its line (past the middle). */
	public boolean elapsedLabelLeft() {
		return this.elapsedX > WIDTH / 2;
	}

}
