package org.minsheng.tracker.progress;

/**
 * The supervision office rejected a report with a reason; it stays private.
 *
 * @param reportId the report
 * @param before the report before, as {@link ProgressReport#snapshot()}
 * @param after the report after
 * @param reason the reviewer's reason
 * @param reviewer who rejected it
 */
public record ReportRejected(Long reportId, String before, String after, String reason, String reviewer) {

}
