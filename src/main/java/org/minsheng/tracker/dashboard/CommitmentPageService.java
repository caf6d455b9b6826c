package org.minsheng.tracker.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.minsheng.tracker.funding.FundingBoard;
import org.minsheng.tracker.pace.Schedules;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.StaffSource;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.watch.WatchList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One commitment with its indicators, history and counties.
 */
@Service
public class CommitmentPageService {

	private final PlanBoardService boards;

	private final PlanCatalog plans;

	private final ApprovedReports reports;

	private final CommitmentViews views;

	private final Schedules schedules;

	private final WatchList watchList;

	private final FundingBoard funding;

	CommitmentPageService(PlanBoardService boards, PlanCatalog plans, ApprovedReports reports, CommitmentViews views,
			Schedules schedules, WatchList watchList, FundingBoard funding) {
		this.funding = funding;
		this.boards = boards;
		this.plans = plans;
		this.reports = reports;
		this.views = views;
		this.schedules = schedules;
		this.watchList = watchList;
	}

	@Transactional(readOnly = true)
	public CommitmentPage page(int year, int number, AsOf asOf) {
		Plan plan = this.boards.publishedPlan(year);
		Commitment commitment = this.plans.commitment(plan, number)
			.orElseThrow(() -> new NotFoundException("notFound.commitment", year, number));
		LocalDate today = asOf.today();
		CommitmentView view = this.views.build(List.of(commitment), asOf).get(0);
		List<ProgressReport> approved = this.reports.historyOf(commitment.getId(), asOf);
		List<HistoryEntry> history = approved.stream()
			.map((r) -> new HistoryEntry(r.getIndicator().getName(), r.getIndicator().getUnit(), r.getAsOf(),
					r.reading(), r.getApprovedAt(), r.getNote(), SourceView.of(r.getSourceDocument()),
					r.getSourceQuote(), r.getCorrectionReason(), StaffSource.of(r)))
			.toList();
		return new CommitmentPage(plan.getTitle(), plan.getNote(), view, history,
				(int) this.plans.commitmentCount(plan),
				IndicatorChartsBuilder.charts(view, approved, this.views.allCounties(), today), today,
				this.schedules.changesOf(List.of(commitment), asOf.cutoff()),
				this.watchList.of(year, number, asOf.cutoff()), this.funding.of(commitment, asOf.cutoff()));
	}

}
