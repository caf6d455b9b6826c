package org.minsheng.tracker.progress;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.pace.PlannedPace;
import org.minsheng.tracker.pace.Schedules;
import org.minsheng.tracker.plan.Commitment;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the progress feature offers the others to read: approved reports as the public
 * could see them at a moment ({@link AsOf}). The current figure of an indicator is its
 * approved report with the latest as-of date (then the latest approval).
 */
@Service
@Transactional(readOnly = true)
public class ApprovedReports {

	private final ProgressReports reports;

	private final Clock clock;

	private final jakarta.persistence.EntityManager entityManager;

	private final Schedules schedules;

	ApprovedReports(ProgressReports reports, Clock clock, jakarta.persistence.EntityManager entityManager,
			Schedules schedules) {
		this.reports = reports;
		this.clock = clock;
		this.entityManager = entityManager;
		this.schedules = schedules;
	}

	/**
	 * Hands every approved report of a published plan, in the order of
	 * {@link #allOfPlan}, to {@code each} as it is read from the database; each report is
	 * let go once handled, so memory does not grow with the number of reports.
	 */
	public void forEachOfPlan(int year, AsOf asOf, java.util.function.Consumer<ProgressReport> each) {
		try (java.util.stream.Stream<ProgressReport> all = this.reports.streamApprovedOfPlan(year, asOf.cutoff())) {
			all.forEach((report) -> {
				each.accept(report);
				this.entityManager.detach(report);
			});
		}
	}

	/**
	 * A commitment's progress from its latest public figures (the commitment loaded with
	 * its indicators and plan).
	 */
	public CommitmentProgress latestProgressOf(Commitment commitment) {
		AsOf latest = AsOf.latest(this.clock);
		Map<Long, ProgressReport> current = currentOf(List.of(commitment.getId()), latest).stream()
			.collect(Collectors.toMap((r) -> r.getIndicator().getId(), Function.identity()));
		Map<Long, PlannedPace> paces = this.schedules.pacesOf(List.of(commitment), latest.cutoff());
		return CommitmentProgress.of(commitment.getIndicators()
			.stream()
			.map((indicator) -> IndicatorProgress.assess(indicator.getKind(), indicator.getTarget(),
					(current.containsKey(indicator.getId())) ? current.get(indicator.getId()).reading() : null,
					paces.get(indicator.getId()), latest.today()))
			.toList());
	}

	/** The current report of every indicator of these commitments. */
	public List<ProgressReport> currentOf(Collection<Long> commitmentIds, AsOf asOf) {
		return this.reports.findCurrentOfCommitments(commitmentIds, asOf.cutoff());
	}

	/** The latest approved report of every indicator of these commitments, for staff. */
	public List<ProgressReport> latestOf(Collection<Long> commitmentIds) {
		return this.reports.findCurrentOfCommitments(commitmentIds);
	}

	/** The current report of every indicator of these years' published plans. */
	public List<ProgressReport> currentOfPublishedYears(Collection<Integer> years, AsOf asOf) {
		return this.reports.findCurrentOfPublishedYears(years, asOf.cutoff());
	}

	/** A commitment's approved reports, newest as-of date first. */
	public List<ProgressReport> historyOf(Long commitmentId, AsOf asOf) {
		return this.reports.findApprovedHistory(commitmentId, asOf.cutoff());
	}

	/**
	 * Every approved report of a published plan, by commitment, indicator and approval.
	 */
	public List<ProgressReport> allOfPlan(int year, AsOf asOf) {
		return this.reports.findApprovedOfPlan(year, asOf.cutoff());
	}

	/** The county figures of these reports, in county order. */
	public List<CountyFigure> countyFiguresOf(Collection<Long> reportIds) {
		return this.reports.findCountyFigures(reportIds);
	}

	/** The county figures of current reports for one county. */
	public List<CountyFigure> currentCountyFigures(String countyCode, AsOf asOf) {
		return this.reports.findCurrentCountyFigures(countyCode, asOf.cutoff());
	}

	/** The newest approvals of published plans, newest first, with their sources. */
	public List<ProgressReport> recent(AsOf asOf, int limit) {
		return this.reports.findRecentlyApproved(asOf.cutoff(), Limit.of(limit));
	}

	/** The newest approvals of published plans, newest first. */
	public List<ProgressReport> newest(AsOf asOf, int limit) {
		return this.reports.findNewestApproved(asOf.cutoff(), Limit.of(limit));
	}

	/** The newest approvals of one commitment, newest first. */
	public List<ProgressReport> newestOf(int year, int number, AsOf asOf, int limit) {
		return this.reports.findNewestApprovedOfCommitment(year, number, asOf.cutoff(), Limit.of(limit));
	}

}
