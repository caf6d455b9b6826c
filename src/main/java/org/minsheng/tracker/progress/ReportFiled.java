package org.minsheng.tracker.progress;

/**
 * An editor saved a report as a draft or submitted it for review.
 *
 * @param reportId the report
 * @param submitted whether it went to review (else it stays a draft)
 * @param before the report before, as {@link ProgressReport#snapshot()}; null for a new
 * one
 * @param after the report after
 * @param editor who filed it
 */
public record ReportFiled(Long reportId, boolean submitted, String before, String after, String editor) {

}
