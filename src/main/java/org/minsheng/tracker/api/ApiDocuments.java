package org.minsheng.tracker.api;

import java.time.Clock;
import java.util.List;

import org.minsheng.tracker.cycle.CommitmentChain;
import org.minsheng.tracker.dashboard.CommitmentPage;
import org.minsheng.tracker.dashboard.CommitmentView;
import org.minsheng.tracker.dashboard.HistoryEntry;
import org.minsheng.tracker.dashboard.IndicatorView;
import org.minsheng.tracker.dashboard.PlanBoard;
import org.minsheng.tracker.dashboard.SourceView;
import org.minsheng.tracker.pace.PaceJudgement;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.Reading;
import org.minsheng.tracker.progress.StaffSource;
import org.minsheng.tracker.source.SourceDocument;
import org.springframework.stereotype.Component;

/**
 * Turns what the public pages show into the API's JSON documents; no domain rule is
 * decided here.
 */
@Component
class ApiDocuments {

	private final Clock clock;

	ApiDocuments(Clock clock) {
		this.clock = clock;
	}

	PlanListJson plans(List<Plan> plans, AsOf asOf) {
		return new PlanListJson(plans.stream()
			.map((plan) -> new PlanSummaryJson(plan.getYear(), Text.of(plan.getTitle()), plan.getStatus().name(),
					"/api/v1/plans/" + plan.getYear()))
			.toList(), asOf.day(), this.clock.instant());
	}

	PlanJson plan(PlanBoard board, AsOf asOf) {
		var headline = board.headline();
		return new PlanJson(board.year(), Text.of(board.title()), "PUBLISHED",
				new HeadlineJson(headline.commitments(), headline.delivered(), headline.overAchieved(),
						headline.behind(), headline.withoutData(), headline.overallRate()),
				board.commitments().stream().map((view) -> commitment(view, asOf)).toList(), asOf.day(),
				this.clock.instant());
	}

	CommitmentDetailJson commitment(int year, CommitmentPage page, CommitmentChain chain, AsOf asOf) {
		return new CommitmentDetailJson(year, Text.of(page.planTitle()), commitment(page.commitment(), asOf),
				page.history().stream().map(ApiDocuments::history).toList(), ChainJson.of(chain), asOf.day(),
				this.clock.instant());
	}

	RecentReportsJson recent(List<ProgressReport> reports, AsOf asOf) {
		return new RecentReportsJson(reports.stream().map(ApiDocuments::recent).toList(), asOf.day(),
				this.clock.instant());
	}

	private static CommitmentJson commitment(CommitmentView view, AsOf asOf) {
		return new CommitmentJson(view.number(), Text.of(view.title()), view.area().name(),
				view.progress().status().name(), view.progress().shown().value(), view.progress().shown().moreThan(),
				view.progress().lastApprovedAt(), Text.of(view.leadDepartment()),
				(asOf.day() != null && view.leadDepartment() != null) ? Boolean.TRUE : null,
				source(view.source(), view.sourceQuote()),
				view.indicators().stream().map(ApiDocuments::indicator).toList());
	}

	private static IndicatorJson indicator(IndicatorView view) {
		Reading reading = view.progress().reading();
		PaceJudgement pace = view.progress().pace();
		return new IndicatorJson(view.position(), Text.of(view.name()), view.kind().name(), Text.of(view.unit()),
				view.target(), view.value(), view.valueIsLowerBound(), (reading != null) ? reading.taskDone() : null,
				(reading != null) ? reading.asOf() : null, (reading != null) ? reading.approvedAt() : null,
				view.progress().shown().value(), view.progress().shown().moreThan(), view.progress().status().name(),
				view.counties()
					.stream()
					.map((amount) -> new CountyFigureJson(amount.county().code(), Text.of(amount.county().name()),
							amount.figure()))
					.toList(),
				ReportedByJson.of(view.staffSource()), (pace != null) ? pace.planned() : null,
				(pace != null) ? pace.plannedRate() : null, (pace != null) ? pace.status().name() : null,
				(pace != null && pace.missed() != null) ? pace.missed().due() : null);
	}

	private static HistoryJson history(HistoryEntry entry) {
		Reading reading = entry.reading();
		return new HistoryJson(Text.of(entry.indicatorName()), entry.asOf(),
				(reading.figure() != null) ? reading.figure().value() : null,
				reading.figure() != null && reading.figure().lowerBound(), reading.taskDone(), entry.approvedAt(),
				entry.correctionReason(), source(entry.source(), entry.sourceQuote()),
				ReportedByJson.of(entry.staffSource()));
	}

	private static RecentReportJson recent(ProgressReport report) {
		var indicator = report.getIndicator();
		var commitment = indicator.getCommitment();
		int year = commitment.getPlan().getYear();
		Reading reading = report.reading();
		SourceDocument document = report.getSourceDocument();
		SourceJson source = (document != null) ? new SourceJson(document.getCode(), Text.of(document.getPublisher()),
				document.getPublishedOn(), report.getSourceQuote()) : source(null, report.getSourceQuote());
		return new RecentReportJson(year, commitment.getNumber(), Text.of(commitment.getTitle()),
				indicator.getPosition(), Text.of(indicator.getName()), Text.of(indicator.getUnit()), report.getAsOf(),
				(reading.figure() != null) ? reading.figure().value() : null,
				reading.figure() != null && reading.figure().lowerBound(), reading.taskDone(), report.getApprovedAt(),
				report.getCorrectionReason(), source, ReportedByJson.of(StaffSource.of(report)),
				"/api/v1/plans/" + year + "/commitments/" + commitment.getNumber());
	}

	private static SourceJson source(SourceView source, String quote) {
		if (source == null && quote == null) {
			return null;
		}
		return (source != null)
				? new SourceJson(source.code(), Text.of(source.publisher()), source.publishedOn(), quote)
				: new SourceJson(null, null, null, quote);
	}

}
