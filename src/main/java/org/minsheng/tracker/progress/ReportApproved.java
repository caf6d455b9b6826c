package org.minsheng.tracker.progress;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * The supervision office approved a report: its figures are public from now on.
 *
 * @param reportId the report
 * @param before the report before, as {@link ProgressReport#snapshot()}
 * @param after the report after
 * @param reviewer who approved it
 */
public record ReportApproved(Long reportId, String before, String after, String reviewer) implements PublicDataChanged {

}
