package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Commitments;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.Plans;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.PlanPeriod;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's dashboard and the newest published year.
 */
@Service
public class PlanBoardService {

	private final Plans plans;

	private final Commitments commitments;

	private final CommitmentViews views;

	private final YearComparison years;

	PlanBoardService(Plans plans, Commitments commitments, CommitmentViews views, YearComparison years) {
		this.plans = plans;
		this.commitments = commitments;
		this.views = views;
		this.years = years;
	}

	@Transactional(readOnly = true)
	public List<Integer> publishedYears() {
		return this.plans.findAllPublishedNewestFirst().stream().map(Plan::getYear).toList();
	}

	@Transactional(readOnly = true)
	public PlanBoard board(int year, BoardFilter filter, AsOf asOf) {
		Plan plan = publishedPlan(year);
		LocalDate today = asOf.today();
		List<Commitment> all = this.commitments.findAllOfPlan(plan.getId());
		List<CommitmentView> views = this.views.build(all, asOf);
		List<Area> areas = views.stream().map(CommitmentView::area).distinct().sorted().toList();
		List<CountyRef> counties = this.views.allCounties();
		BoardFilter applied = filter.keepingCountyIn(counties);
		Headline headline = Headline.of(views);
		BigDecimal elapsed = new PlanPeriod(year).elapsedPercentOn(today);
		List<Integer> publishedYears = publishedYears();
		PlanCharts charts = new PlanCharts(BoardCharts.areas(views, areas), BoardCharts.statuses(views),
				BoardCharts.pace(headline, elapsed), BoardCharts.map(views, counties),
				(publishedYears.size() > 1) ? this.years.chart(asOf) : null);
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
		return this.plans.findPublished(year).orElseThrow(() -> new NotFoundException("notFound.plan", year));
	}

}
