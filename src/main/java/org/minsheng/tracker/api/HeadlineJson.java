package org.minsheng.tracker.api;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The year's headline figures; {@code overallRate} is absent while no commitment has a
 * rate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HeadlineJson(int commitments, int delivered, int overAchieved, int behind, int withoutData,
		BigDecimal overallRate) {
}
