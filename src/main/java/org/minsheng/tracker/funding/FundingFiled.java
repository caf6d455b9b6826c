package org.minsheng.tracker.funding;

/**
 * An editor filed a commitment's funding for review.
 *
 * @param reportId the report
 * @param after the report as recorded
 * @param explanation the department's explanation, or null
 * @param editor who filed it
 */
public record FundingFiled(Long reportId, String after, String explanation, String editor) {

}
