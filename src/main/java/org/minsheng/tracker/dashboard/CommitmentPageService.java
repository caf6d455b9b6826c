package org.minsheng.tracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Commitments;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.ProgressReports;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One commitment with its indicators, history and counties.
 */
@Service
public class CommitmentPageService {

	private final PlanBoardService boards;

	private final Commitments commitments;

	private final ProgressReports reports;

	private final CommitmentViews views;

	private final Clock clock;

	CommitmentPageService(PlanBoardService boards, Commitments commitments, ProgressReports reports,
			CommitmentViews views, Clock clock) {
		this.boards = boards;
		this.commitments = commitments;
		this.reports = reports;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * The commitment with its latest public figures, without the history and charts of
	 * its page (for a suggestion's "became commitment N" box).
	 */
	@Transactional(readOnly = true)
	public CommitmentView current(int year, int number) {
		Plan plan = this.boards.publishedPlan(year);
		Commitment commitment = this.commitments.findInPlan(plan.getId(), number)
			.orElseThrow(() -> new NotFoundException("notFound.commitment", year, number));
		return this.views.build(List.of(commitment), AsOf.latest(this.clock)).get(0);
	}

	@Transactional(readOnly = true)
	public CommitmentPage page(int year, int number, AsOf asOf) {
		Plan plan = this.boards.publishedPlan(year);
		Commitment commitment = this.commitments.findInPlan(plan.getId(), number)
			.orElseThrow(() -> new NotFoundException("notFound.commitment", year, number));
		LocalDate today = asOf.today();
		CommitmentView view = this.views.build(List.of(commitment), asOf).get(0);
		List<ProgressReport> approved = this.reports.findApprovedHistory(commitment.getId(), asOf.cutoff());
		List<HistoryEntry> history = approved.stream()
			.map((r) -> new HistoryEntry(r.getIndicator().getName(), r.getIndicator().getUnit(), r.getAsOf(),
					r.reading(), r.getApprovedAt(), r.getNote(), SourceView.of(r.getSourceDocument()),
					r.getSourceQuote(), r.getCorrectionReason()))
			.toList();
		return new CommitmentPage(plan.getTitle(), plan.getNote(), view, history,
				(int) this.commitments.countByPlanId(plan.getId()),
				IndicatorChartsBuilder.charts(view, approved, this.views.allCounties(), today));
	}

}
