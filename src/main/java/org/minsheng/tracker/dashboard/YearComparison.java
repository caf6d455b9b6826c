package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.chart.GroupedBarChart;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Commitments;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.CommitmentProgress;
import org.minsheng.tracker.progress.IndicatorProgress;
import org.minsheng.tracker.progress.PlanPeriod;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.ProgressReports;
import org.springframework.stereotype.Component;

/**
 * Completion by area across the published plans, with two statements whatever the number
 * of plans: every published commitment, and every current report.
 */
@Component
class YearComparison {

	/** The most recent years the chart compares. */
	static final int MAX_YEARS = 5;

	private final Commitments commitments;

	private final ProgressReports reports;

	YearComparison(Commitments commitments, ProgressReports reports) {
		this.commitments = commitments;
		this.reports = reports;
	}

	GroupedBarChart<Area, Integer> chart(AsOf asOf) {
		LocalDate today = asOf.today();
		Map<Long, ProgressReport> current = this.reports.findCurrentOfPublishedPlans(asOf.cutoff())
			.stream()
			.collect(Collectors.toMap((r) -> r.getIndicator().getId(), Function.identity()));
		Map<Integer, Map<Area, List<BigDecimal>>> rates = new TreeMap<>(java.util.Comparator.reverseOrder());
		for (Commitment commitment : this.commitments.findAllPublished()) {
			int year = commitment.getPlan().getYear();
			PlanPeriod period = new PlanPeriod(year);
			List<IndicatorProgress> progress = new ArrayList<>();
			for (Indicator indicator : commitment.getIndicators()) {
				ProgressReport report = current.get(indicator.getId());
				progress.add(IndicatorProgress.assess(indicator.getKind(), indicator.getTarget(),
						(report != null) ? report.reading() : null, period, today));
			}
			rates.computeIfAbsent(year, (y) -> new TreeMap<>())
				.computeIfAbsent(commitment.getArea(), (a) -> new ArrayList<>())
				.add(CommitmentProgress.of(progress).rate());
		}
		List<Integer> years = rates.keySet().stream().limit(MAX_YEARS).sorted().toList();
		List<Area> areas = new ArrayList<>(new TreeSet<>(
				years.stream().flatMap((y) -> rates.get(y).keySet().stream()).collect(Collectors.toSet())));
		List<List<BigDecimal>> values = areas.stream()
			.map((area) -> years.stream()
				.map((year) -> rates.get(year).containsKey(area) ? BoardCharts.mean(rates.get(year).get(area)) : null)
				.toList())
			.toList();
		return GroupedBarChart.of(areas, years, values, BoardCharts.HUNDRED);
	}

}
