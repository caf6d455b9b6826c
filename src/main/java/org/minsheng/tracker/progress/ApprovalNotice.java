package org.minsheng.tracker.progress;

import java.time.LocalDate;

import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.system.LocalizedText;

/**
 * What a newly approved figure says, for those who follow its commitment: the figure, the
 * public one it replaces, and where it comes from.
 *
 * @param reportId the approved report
 * @param commitmentId its commitment
 * @param year the plan's year
 * @param number the commitment's number
 * @param commitment the commitment's title
 * @param indicator the indicator's name
 * @param kind the indicator's kind
 * @param unit its unit (counts)
 * @param reading the approved figure or task state
 * @param before the public figure it replaces, or null for the first
 * @param source the title of the source document, or null
 * @param sourceQuote the source's words, or null
 * @param evidenceUrl the link the department gave as evidence, or null
 * @param asOf the day the figure is as of
 */
public record ApprovalNotice(Long reportId, Long commitmentId, int year, int number, LocalizedText commitment,
		LocalizedText indicator, IndicatorKind kind, LocalizedText unit, Reading reading, Reading before,
		LocalizedText source, String sourceQuote, String evidenceUrl, LocalDate asOf) {

}
