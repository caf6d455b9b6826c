package org.minsheng.tracker.pace;

import org.minsheng.tracker.plan.Indicator;

/**
 * A filed change of milestones with its indicator (and commitment, plan), for the review
 * queue and the filer's list.
 */
public record ReviewEntry(MilestoneChange change, Indicator indicator) {
}
