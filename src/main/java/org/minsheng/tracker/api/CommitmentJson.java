package org.minsheng.tracker.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A commitment as the public sees it: what was promised, how far it has got, and the
 * source. {@code rate} is the rate as every page shows it (progress.ShownRate): the mean
 * of the indicators' rates capped at 100, or uncapped when the commitment is
 * over-achieved; {@code rateIsLowerBound}: the true rate is higher ("more than 100 %").
 * {@code leadDepartmentIsCurrent} (only with {@code asOf}): the lead department is
 * today's, not necessarily the one of that day.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommitmentJson(int number, Text title, String area, String status, BigDecimal rate, boolean rateIsLowerBound,
		Instant lastApprovedAt, Text leadDepartment, Boolean leadDepartmentIsCurrent, SourceJson source,
		List<IndicatorJson> indicators) {
}
