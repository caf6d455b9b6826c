package org.minsheng.tracker.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An indicator with its target and its current public figure. Without an approved report,
 * {@code value}, {@code taskDone}, {@code asOf}, {@code approvedAt} and {@code rate} are
 * absent. {@code rate} is figure ÷ target, not capped; {@code rateIsLowerBound}: the true
 * rate is higher (the figure is a lower bound, "200多").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IndicatorJson(int position, Text name, String kind, Text unit, BigDecimal target, BigDecimal value,
		boolean valueIsLowerBound, Boolean taskDone, LocalDate asOf, Instant approvedAt, BigDecimal rate,
		boolean rateIsLowerBound, String status, List<CountyFigureJson> counties, ReportedByJson reportedBy) {
}
