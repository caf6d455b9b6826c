package org.minsheng.tracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The published plans, newest first.
 *
 * @param asOf the day asked for; absent for the latest figures
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlanListJson(List<PlanSummaryJson> plans, LocalDate asOf, Instant generatedAt) {
}
