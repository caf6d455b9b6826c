package org.minsheng.tracker.cycle;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * A step of the cycle was taken by a member of staff: audited, and public pages
 * refreshed.
 *
 * @param subjectId the record changed (a candidate, a vote session, a remark; the year
 * for a notice; the commitment for an evaluation)
 * @param before its state before, or null
 * @param after its state after
 * @param detail anything else worth keeping (a reason), or null
 * @param actor who took the step
 */
public record CycleChanged(CycleStep step, Long subjectId, String before, String after, String detail,
		String actor) implements PublicDataChanged {

}
