package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.pace.PlannedPace;
import org.minsheng.tracker.pace.Schedules;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.CommitmentProgress;
import org.minsheng.tracker.progress.IndicatorProgress;
import org.minsheng.tracker.progress.PlanPeriod;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's dashboard and the newest published year.
 */
@Service
public class PlanBoardService {

	private final PlanCatalog plans;

	private final ApprovedReports reports;

	private final CommitmentViews views;

	private final Schedules schedules;

	PlanBoardService(PlanCatalog plans, ApprovedReports reports, CommitmentViews views, Schedules schedules) {
		this.plans = plans;
		this.reports = reports;
		this.views = views;
		this.schedules = schedules;
	}

	@Transactional(readOnly = true)
	public List<Integer> publishedYears() {
		return this.plans.publishedPlans().stream().map(Plan::getYear).toList();
	}

	/** The year's dashboard with its pictures (the recent years compared among them). */
	@Transactional(readOnly = true)
	public PlanBoard board(int year, BoardFilter filter, AsOf asOf) {
		return build(year, filter, asOf, true);
	}

	/**
	 * The year's figures without the dashboard's pictures ({@code charts} is null): what
	 * the review, the exports, the API and the comparison read. It reads no other year.
	 */
	@Transactional(readOnly = true)
	public PlanBoard figures(int year, AsOf asOf) {
		return build(year, BoardFilter.NONE, asOf, false);
	}

	private PlanBoard build(int year, BoardFilter filter, AsOf asOf, boolean withCharts) {
		Plan plan = publishedPlan(year);
		LocalDate today = asOf.today();
		List<Commitment> all = this.plans.commitmentsOf(plan);
		List<CommitmentView> views = this.views.build(all, asOf);
		List<Area> areas = views.stream().map(CommitmentView::area).distinct().sorted().toList();
		List<CountyRef> counties = this.views.allCounties();
		BoardFilter applied = filter.keepingCountyIn(counties);
		Headline headline = Headline.of(views);
		BigDecimal elapsed = new PlanPeriod(year).elapsedPercentOn(today);
		List<Integer> publishedYears = publishedYears();
		PlanCharts charts = !withCharts ? null
				: new PlanCharts(BoardCharts.areas(views, areas), BoardCharts.statuses(views),
						BoardCharts.pace(headline, views, elapsed, today), BoardCharts.map(views, counties),
						(publishedYears.size() > 1) ? recentYears(publishedYears, asOf).chart() : null);
		return new PlanBoard(year, plan.getTitle(), plan.getNote(), SourceView.of(plan.getSourceDocument()), headline,
				views.stream().filter(applied::accepts).toList(), applied, areas, counties,
				views.stream()
					.map((c) -> c.progress().lastApprovedAt())
					.filter(Objects::nonNull)
					.max(java.time.Instant::compareTo)
					.orElse(null),
				today, elapsed, publishedYears, charts);
	}

	Plan publishedPlan(int year) {
		return this.plans.publishedPlan(year).orElseThrow(() -> new NotFoundException("notFound.plan", year));
	}

	/**
	 * The most recent published years by area ({@link YearComparison#MAX_YEARS} of them),
	 * in two statements that read only those years' plans: their commitments with
	 * indicators, and their current reports. Older years' data is never read.
	 */
	private YearComparison recentYears(List<Integer> publishedYears, AsOf asOf) {
		LocalDate today = asOf.today();
		List<Integer> kept = publishedYears.stream()
			.sorted(java.util.Comparator.reverseOrder())
			.limit(YearComparison.MAX_YEARS)
			.toList();
		Map<Long, ProgressReport> current = this.reports.currentOfPublishedYears(kept, asOf)
			.stream()
			.collect(Collectors.toMap((r) -> r.getIndicator().getId(), Function.identity()));
		TreeMap<Integer, List<YearComparison.Progress>> byYear = new TreeMap<>();
		List<Commitment> commitments = this.plans.publishedCommitmentsOf(kept);
		Map<Long, PlannedPace> paces = this.schedules.pacesOf(commitments, asOf.cutoff());
		for (Commitment commitment : commitments) {
			int year = commitment.getPlan().getYear();
			List<IndicatorProgress> progress = new ArrayList<>();
			for (Indicator indicator : commitment.getIndicators()) {
				ProgressReport report = current.get(indicator.getId());
				progress.add(IndicatorProgress.assess(indicator.getKind(), indicator.getTarget(),
						(report != null) ? report.reading() : null, paces.get(indicator.getId()), today));
			}
			byYear.computeIfAbsent(year, (y) -> new ArrayList<>())
				.add(new YearComparison.Progress(commitment.getArea(), CommitmentProgress.of(progress)));
		}
		return YearComparison.of(byYear);
	}

}
