package org.minsheng.tracker.pace;

/**
 * The supervision office rejected a change of milestones; the schedule stays as it was.
 *
 * @param changeId the change
 * @param after the change as {@code MilestoneChange#snapshot()}
 * @param reason why it was rejected
 * @param reviewer who rejected it
 */
public record MilestoneChangeRejected(Long changeId, String after, String reason, String reviewer) {

}
