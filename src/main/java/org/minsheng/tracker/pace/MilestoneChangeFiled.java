package org.minsheng.tracker.pace;

/**
 * An editor filed a change of a published indicator's milestones for review.
 *
 * @param changeId the change
 * @param after the change as {@code MilestoneChange#snapshot()}
 * @param reason why the schedule should change
 * @param editor who filed it
 */
public record MilestoneChangeFiled(Long changeId, String after, String reason, String editor) {

}
