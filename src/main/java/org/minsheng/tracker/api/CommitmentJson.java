package org.minsheng.tracker.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A commitment as the public sees it: what was promised, how far it has got, and the
 * source.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommitmentJson(int number, Text title, String area, String status, BigDecimal rate, Instant lastApprovedAt,
		Text leadDepartment, SourceJson source, List<IndicatorJson> indicators) {
}
