package org.minsheng.tracker.voice;

import org.minsheng.tracker.plan.Area;

/**
 * What a visitor sent through the suggestion form, already checked field by field.
 *
 * @param countyCode the county's code, or null for the whole city
 * @param contact private contact details, or null
 */
public record Submission(Area area, String countyCode, String text, String contact) {
}
