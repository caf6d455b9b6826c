package org.minsheng.tracker.plan;

/**
 * An administrator added a numbered commitment to a draft plan.
 *
 * @param commitmentId the commitment
 * @param year the plan's year
 * @param number its number in the plan
 * @param area its area
 * @param lead the lead department's code, or null
 * @param title its Chinese title
 * @param admin who added it
 */
public record CommitmentAdded(Long commitmentId, int year, int number, Area area, String lead, String title,
		String admin) {

}
