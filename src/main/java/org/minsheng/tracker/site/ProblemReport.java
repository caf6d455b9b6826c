package org.minsheng.tracker.site;

/**
 * What a resident sent through a site's problem form, already checked field by field.
 *
 * @param category what kind of problem
 * @param text what they saw
 * @param contact private contact details, or null
 * @param photo the re-encoded photo, or null
 */
public record ProblemReport(ProblemCategory category, String text, String contact, Photo photo) {
}
