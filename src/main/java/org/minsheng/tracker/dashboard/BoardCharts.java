package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.chart.BarChart;
import org.minsheng.tracker.chart.CountyMap;
import org.minsheng.tracker.chart.CountyOutlines;
import org.minsheng.tracker.chart.PaceChart;
import org.minsheng.tracker.chart.StackedBar;
import org.minsheng.tracker.pace.PlannedPace;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.progress.IndicatorProgress;
import org.minsheng.tracker.progress.MeanRate;
import org.minsheng.tracker.progress.ProgressStatus;

/**
 * Computes the dashboard's charts from the plan's commitment views; no statements of its
 * own.
 */
final class BoardCharts {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The order of the status chart: delivered first, then open, then unknown. */
	static final List<ProgressStatus> STATUS_ORDER = List.of(ProgressStatus.OVER_ACHIEVED, ProgressStatus.COMPLETED,
			ProgressStatus.QUALITATIVE_DONE, ProgressStatus.IN_PROGRESS, ProgressStatus.BEHIND_SCHEDULE,
			ProgressStatus.NOT_STARTED, ProgressStatus.NO_DATA);

	private BoardCharts() {
	}

	static BarChart<PlanCharts.AreaShare> areas(List<CommitmentView> all, List<Area> areas) {
		return BarChart.of(areas.stream().map((area) -> {
			List<CommitmentView> inArea = all.stream().filter((c) -> c.area() == area).toList();
			return new BarChart.Entry<>(new PlanCharts.AreaShare(area, inArea.size()), meanRate(inArea), false);
		}).toList(), HUNDRED);
	}

	static StackedBar<ProgressStatus> statuses(List<CommitmentView> all) {
		return StackedBar.of(STATUS_ORDER.stream()
			.map((status) -> new StackedBar.Entry<>(status,
					(int) all.stream().filter((c) -> c.progress().status() == status).count()))
			.toList());
	}

	/**
	 * The overall rate against the planned share of the work: the mean over commitments
	 * of their planned share ({@link PlannedPace#meanPlannedRate}), which without
	 * milestones is the share of the year elapsed.
	 */
	static PaceChart pace(Headline headline, List<CommitmentView> all, BigDecimal elapsed, LocalDate today) {
		List<PlannedPace> paces = all.stream()
			.flatMap((c) -> c.indicators().stream())
			.map(IndicatorView::plannedPace)
			.filter(java.util.Objects::nonNull)
			.toList();
		boolean fromMilestones = paces.stream().anyMatch(PlannedPace::fromMilestones);
		BigDecimal planned = !fromMilestones ? elapsed : MeanRate.of(all.stream()
			.map((c) -> PlannedPace.meanPlannedRate(
					c.indicators().stream().map(IndicatorView::plannedPace).filter(java.util.Objects::nonNull).toList(),
					today))
			.toList());
		return PaceChart.of(headline.overallRate(), (planned != null) ? planned : elapsed,
				IndicatorProgress.PACE_TOLERANCE, fromMilestones);
	}

	/** How many of the commitments the data ties to each county. */
	static CountyMap<CountyRef> map(List<CommitmentView> all, List<CountyRef> counties) {
		Map<String, BigDecimal> counts = new HashMap<>();
		all.forEach((c) -> c.counties().forEach((k) -> counts.merge(k.code(), BigDecimal.ONE, BigDecimal::add)));
		return CountyMap.of(CountyOutlines.jinzhong(), bySubject(counties), counts, Set.of());
	}

	static Map<String, CountyRef> bySubject(List<CountyRef> counties) {
		return counties.stream().collect(Collectors.toMap(CountyRef::code, Function.identity()));
	}

	/** The mean of the commitments' rates, as the headline computes it; null if none. */
	static BigDecimal meanRate(List<CommitmentView> commitments) {
		return MeanRate.of(commitments.stream().map((c) -> c.progress().rate()).toList());
	}

}
