package org.minsheng.tracker.progress;

/**
 * A pending report was closed because a newer report of the same indicator was approved.
 *
 * @param reportId the closed report
 * @param successorId the approved report that replaced it
 * @param before the report before, as {@link ProgressReport#snapshot()}
 * @param after the report after
 * @param reviewer who approved the successor
 */
public record ReportSuperseded(Long reportId, Long successorId, String before, String after, String reviewer) {

}
