package org.minsheng.tracker.pace;

/**
 * An administrator set an indicator's milestones while its plan was a draft.
 *
 * @param indicatorId the indicator
 * @param before the milestones before, one per line
 * @param after the milestones after, one per line
 * @param admin who set them
 */
public record MilestonesDrafted(Long indicatorId, String before, String after, String admin) {

}
