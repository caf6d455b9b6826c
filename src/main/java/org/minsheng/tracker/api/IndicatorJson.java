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
 * rate is higher (the figure is a lower bound, "200多"). Against the planned pace (序时进度,
 * from the indicator's milestones or the calendar line), where a figure is judged:
 * {@code plannedValue} (the planned cumulative value that day), {@code plannedRate} (as a
 * percentage of the target), {@code pace} ({@code AHEAD}, {@code ON_TRACK},
 * {@code BEHIND}) and {@code missedMilestone} (the day of the latest milestone missed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IndicatorJson(int position, Text name, String kind, Text unit, BigDecimal target, BigDecimal value,
		boolean valueIsLowerBound, Boolean taskDone, LocalDate asOf, Instant approvedAt, BigDecimal rate,
		boolean rateIsLowerBound, String status, List<CountyFigureJson> counties, ReportedByJson reportedBy,
		BigDecimal plannedValue, BigDecimal plannedRate, String pace, LocalDate missedMilestone) {
}
