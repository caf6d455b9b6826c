package org.minsheng.tracker.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One approved report, with the commitment and indicator it is about.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecentReportJson(int year, int commitment, Text commitmentTitle, int indicatorPosition, Text indicator,
		Text unit, LocalDate asOf, BigDecimal value, boolean lowerBound, Boolean taskDone, Instant approvedAt,
		String correctionReason, SourceJson source, ReportedByJson reportedBy, String href) {
}
