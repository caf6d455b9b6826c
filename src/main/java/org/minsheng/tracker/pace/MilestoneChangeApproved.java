package org.minsheng.tracker.pace;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * The supervision office approved a change of milestones: the new schedule and its reason
 * are public from now on.
 *
 * @param changeId the change
 * @param before the milestones before, one per line
 * @param after the milestones after, one per line
 * @param reason the filer's reason, published with the change
 * @param reviewer who approved it
 */
public record MilestoneChangeApproved(Long changeId, String before, String after, String reason,
		String reviewer) implements PublicDataChanged {

}
