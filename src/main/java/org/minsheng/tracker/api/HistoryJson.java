package org.minsheng.tracker.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One approved report in a commitment's history; {@code correctionReason} says why it
 * corrected an earlier figure. A figure filed by staff has {@code reportedBy} instead of
 * a published {@code source}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HistoryJson(Text indicator, LocalDate asOf, BigDecimal value, boolean lowerBound, Boolean taskDone,
		Instant approvedAt, String correctionReason, SourceJson source, ReportedByJson reportedBy) {
}
