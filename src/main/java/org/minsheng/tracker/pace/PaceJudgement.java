package org.minsheng.tracker.pace;

import java.math.BigDecimal;

/**
 * What {@link PlannedPace#judge} says of an indicator on a day.
 *
 * @param planned the planned cumulative value on that day, or null where none can be
 * given (no target and no milestones, a qualitative task)
 * @param plannedRate the planned value as a percentage of the target (0–100), or null
 * @param status ahead, on track or behind
 * @param missed the latest milestone due before that day and not reached, or null
 * @param fromMilestones whether the plan comes from milestones (false: the calendar line)
 */
public record PaceJudgement(BigDecimal planned, BigDecimal plannedRate, PaceStatus status, MilestonePoint missed,
		boolean fromMilestones) {

	public boolean isBehind() {
		return this.status == PaceStatus.BEHIND;
	}

	public boolean isAhead() {
		return this.status == PaceStatus.AHEAD;
	}

	public boolean hasMissedMilestone() {
		return this.missed != null;
	}

}
