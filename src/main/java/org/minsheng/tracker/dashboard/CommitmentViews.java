package org.minsheng.tracker.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.county.CountyMention;
import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.pace.PlannedPace;
import org.minsheng.tracker.pace.Schedules;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.CommitmentProgress;
import org.minsheng.tracker.progress.CountyFigure;
import org.minsheng.tracker.progress.IndicatorProgress;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.StaffSource;
import org.springframework.stereotype.Component;

/**
 * Builds the public views of a set of commitments with a fixed number of statements,
 * whatever the number of commitments, indicators or reports: current reports, county
 * figures, county mentions, counties.
 */
@Component
class CommitmentViews {

	private final ApprovedReports reports;

	private final CountyDirectory counties;

	private final Schedules schedules;

	CommitmentViews(ApprovedReports reports, CountyDirectory counties, Schedules schedules) {
		this.reports = reports;
		this.counties = counties;
		this.schedules = schedules;
	}

	List<CountyRef> allCounties() {
		return this.counties.all().stream().map(CountyRef::of).toList();
	}

	List<CommitmentView> build(List<Commitment> commitments, AsOf asOf) {
		LocalDate today = asOf.today();
		if (commitments.isEmpty()) {
			return List.of();
		}
		List<Long> ids = commitments.stream().map(Commitment::getId).toList();
		Map<Long, ProgressReport> current = this.reports.currentOf(ids, asOf)
			.stream()
			.collect(Collectors.toMap((r) -> r.getIndicator().getId(), Function.identity()));
		Map<Long, List<CountyFigure>> figuresByReport = countyFigures(current.values());
		Map<Long, PlannedPace> paces = this.schedules.pacesOf(commitments, asOf.cutoff());
		Map<Long, List<CountyRef>> mentioned = this.counties.mentionsOf(ids)
			.stream()
			.collect(Collectors.groupingBy(CountyMention::getCommitmentId, LinkedHashMap::new,
					Collectors.mapping((m) -> CountyRef.of(m.getCounty()), Collectors.toList())));
		List<CommitmentView> views = new ArrayList<>();
		for (Commitment commitment : commitments) {
			int year = commitment.getPlan().getYear();
			List<IndicatorView> indicators = commitment.getIndicators()
				.stream()
				.map((indicator) -> indicatorView(indicator, current.get(indicator.getId()), figuresByReport,
						paces.get(indicator.getId()), today))
				.toList();
			CommitmentProgress progress = CommitmentProgress
				.of(indicators.stream().map(IndicatorView::progress).toList());
			views.add(new CommitmentView(year, commitment.getNumber(), commitment.getTitle(), commitment.getSummary(),
					commitment.getArea(),
					(commitment.getLeadDepartment() != null) ? commitment.getLeadDepartment().getName() : null,
					SourceView.of(commitment.getSourceDocument()), commitment.getSourceQuote(), indicators, progress,
					countiesOf(mentioned.getOrDefault(commitment.getId(), List.of()), indicators)));
		}
		return views;
	}

	private Map<Long, List<CountyFigure>> countyFigures(Collection<ProgressReport> reports) {
		if (reports.isEmpty()) {
			return Map.of();
		}
		return this.reports.countyFiguresOf(reports.stream().map(ProgressReport::getId).toList())
			.stream()
			.collect(Collectors.groupingBy((f) -> f.getReport().getId()));
	}

	private static IndicatorView indicatorView(Indicator indicator, ProgressReport report,
			Map<Long, List<CountyFigure>> figuresByReport, PlannedPace pace, LocalDate today) {
		IndicatorProgress progress = IndicatorProgress.assess(indicator.getKind(), indicator.getTarget(),
				(report != null) ? report.reading() : null, pace, today);
		List<CountyAmount> amounts = (report == null) ? List.of()
				: figuresByReport.getOrDefault(report.getId(), List.of())
					.stream()
					.map((f) -> new CountyAmount(CountyRef.of(f.getCounty()), f.getFigure()))
					.toList();
		return new IndicatorView(indicator.getPosition(), indicator.getName(), indicator.getKind(), indicator.getUnit(),
				indicator.getTarget().amount(), progress,
				(report != null) ? SourceView.of(report.getSourceDocument()) : null,
				(report != null) ? report.getSourceQuote() : null, amounts, StaffSource.of(report), pace);
	}

	private static List<CountyRef> countiesOf(List<CountyRef> mentioned, List<IndicatorView> indicators) {
		Map<String, CountyRef> all = new LinkedHashMap<>();
		mentioned.forEach((county) -> all.put(county.code(), county));
		indicators.forEach((indicator) -> indicator.counties()
			.forEach((amount) -> all.putIfAbsent(amount.county().code(), amount.county())));
		return all.values().stream().sorted(Comparator.comparingInt(CountyRef::sortOrder)).toList();
	}

}
