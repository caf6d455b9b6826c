package org.minsheng.tracker.plan;

/**
 * An administrator added an indicator to a commitment of a draft plan.
 *
 * @param indicatorId the indicator
 * @param year the plan's year
 * @param number the commitment's number
 * @param position the indicator's position in the commitment
 * @param description its name, kind, unit and target
 * @param admin who added it
 */
public record IndicatorAdded(Long indicatorId, int year, int number, int position, String description, String admin) {

}
