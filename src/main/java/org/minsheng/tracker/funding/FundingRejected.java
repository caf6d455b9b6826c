package org.minsheng.tracker.funding;

/**
 * The supervision office rejected a funding report.
 *
 * @param reportId the report
 * @param after the report after
 * @param reason why
 * @param reviewer who rejected it
 */
public record FundingRejected(Long reportId, String after, String reason, String reviewer) {

}
