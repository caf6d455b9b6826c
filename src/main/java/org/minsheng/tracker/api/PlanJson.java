package org.minsheng.tracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A year's plan with its headline figures and every commitment, in number order.
 *
 * @param asOf the day asked for; absent for the latest figures
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlanJson(int year, Text title, String status, HeadlineJson headline, List<CommitmentJson> commitments,
		LocalDate asOf, Instant generatedAt) {
}
