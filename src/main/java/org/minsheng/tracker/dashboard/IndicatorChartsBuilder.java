package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.minsheng.tracker.chart.BarChart;
import org.minsheng.tracker.chart.CountyMap;
import org.minsheng.tracker.chart.CountyOutlines;
import org.minsheng.tracker.chart.StepChart;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.progress.PlanPeriod;
import org.minsheng.tracker.progress.ProgressReport;

/**
 * Computes a commitment page's charts from its view and its approved history; no
 * statements of its own.
 */
final class IndicatorChartsBuilder {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private IndicatorChartsBuilder() {
	}

	/**
	 * @param history approved reports, newest first (as-of, then approval)
	 */
	static CommitmentCharts charts(CommitmentView view, List<ProgressReport> history, List<CountyRef> counties,
			LocalDate today) {
		PlanPeriod period = new PlanPeriod(view.year());
		Map<Integer, List<ProgressReport>> byPosition = history.stream()
			.filter((r) -> r.reading().figure() != null)
			.collect(Collectors.groupingBy((r) -> r.getIndicator().getPosition()));
		List<CommitmentCharts.IndicatorCharts> indicators = view.indicators()
			.stream()
			.filter((i) -> !i.isQualitative())
			.map((i) -> new CommitmentCharts.IndicatorCharts(i,
					steps(i, byPosition.getOrDefault(i.position(), List.of()), period, today), countyBars(i)))
			.toList();
		IndicatorView mapIndicator = view.indicators()
			.stream()
			.filter((i) -> !i.counties().isEmpty())
			.findFirst()
			.orElse(null);
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		if (mapIndicator != null) {
			mapIndicator.counties().forEach((a) -> values.put(a.county().code(), a.figure()));
		}
		Set<String> mentioned = new HashSet<>();
		view.counties().forEach((k) -> mentioned.add(k.code()));
		return new CommitmentCharts(indicators,
				CountyMap.of(CountyOutlines.jinzhong(), BoardCharts.bySubject(counties), values, mentioned),
				mapIndicator);
	}

	/**
	 * The figures as of each day (the latest approval of a day wins); null without any.
	 */
	static StepChart steps(IndicatorView indicator, List<ProgressReport> newestFirst, PlanPeriod period,
			LocalDate today) {
		Map<LocalDate, StepChart.Reading> byDay = new LinkedHashMap<>();
		for (ProgressReport report : newestFirst) {
			byDay.putIfAbsent(report.getAsOf(), new StepChart.Reading(report.getAsOf(),
					report.reading().figure().value(), report.reading().figure().lowerBound()));
		}
		if (byDay.isEmpty()) {
			return null;
		}
		BigDecimal fixedMax = (indicator.kind() == IndicatorKind.PERCENTAGE) ? HUNDRED : null;
		List<StepChart.Reading> planned = (indicator.plannedPace() != null) ? indicator.plannedPace()
			.line()
			.stream()
			.map((corner) -> new StepChart.Reading(corner.day(), corner.value(), false))
			.toList() : List.of();
		return StepChart.of(List.copyOf(byDay.values()), indicator.target(), period.firstDay(), period.lastDay(), today,
				fixedMax, planned);
	}

	static BarChart<CountyRef> countyBars(IndicatorView indicator) {
		if (indicator.counties().isEmpty()) {
			return null;
		}
		return BarChart.of(
				indicator.counties().stream().map((a) -> new BarChart.Entry<>(a.county(), a.figure(), false)).toList(),
				null);
	}

}
