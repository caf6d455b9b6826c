package org.minsheng.tracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Recently approved reports of published plans, newest approval first.
 *
 * @param asOf the day asked for; absent for the latest figures
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecentReportsJson(List<RecentReportJson> reports, LocalDate asOf, Instant generatedAt) {
}
