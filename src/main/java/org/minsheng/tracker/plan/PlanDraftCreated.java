package org.minsheng.tracker.plan;

/**
 * An administrator started a year's plan as a draft.
 *
 * @param planId the plan
 * @param year its year
 * @param title its Chinese title
 * @param admin who created it
 */
public record PlanDraftCreated(Long planId, int year, String title, String admin) {

}
