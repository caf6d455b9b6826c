package org.minsheng.tracker.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.minsheng.tracker.staff.StaffDirectory;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.Versions;
import org.minsheng.tracker.system.VisibleText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision office (督查室) approves submitted reports, which makes them public, or
 * rejects them with a reason. A decision on a report someone else has changed meanwhile
 * is refused. Approval checks the filing rules again against the figure public at that
 * moment (a drop needs a correction reason, the filer's or the reviewer's), and closes
 * the older pending reports of the same indicator as superseded. The indicator's current
 * intervals ({@link CurrentReports}) change in the same transaction.
 */
@Service
public class ReviewService {

	private final ProgressReports reports;

	private final CurrentReports current;

	private final StaffDirectory staff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewService(ProgressReports reports, CurrentReports current, StaffDirectory staff,
			ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.current = current;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The queue, oldest submission first, each report with its context; a fixed number of
	 * queries whatever its length.
	 */
	@Transactional(readOnly = true)
	public List<ReviewItem> awaitingReview() {
		List<ProgressReport> queue = this.reports.findAwaitingReview();
		if (queue.isEmpty()) {
			return List.of();
		}
		List<Long> indicatorIds = queue.stream().map((r) -> r.getIndicator().getId()).distinct().toList();
		Map<Long, Reading> publicNow = this.reports.findCurrentOfIndicators(indicatorIds, AsOf.NO_CUTOFF)
			.stream()
			.collect(Collectors.toMap((r) -> r.getIndicator().getId(), ProgressReport::reading));
		Map<Long, String> names = this.staff
			.displayNames(queue.stream().map(ProgressReport::getFiledBy).filter(Objects::nonNull).distinct().toList());
		Map<Long, List<ProgressReport>> byIndicator = queue.stream()
			.collect(Collectors.groupingBy((r) -> r.getIndicator().getId()));
		queue.forEach((report) -> report.getCountyFigures().forEach((figure) -> figure.getCounty().getCode()));
		return queue.stream().map((report) -> {
			Reading now = publicNow.get(report.getIndicator().getId());
			List<ProgressReport> others = byIndicator.get(report.getIndicator().getId())
				.stream()
				.filter((other) -> !other.getId().equals(report.getId()))
				.toList();
			return new ReviewItem(report, names.get(report.getFiledBy()), now, ReviewItem.Change.of(report, now),
					others);
		}).toList();
	}

	@Transactional
	public int approve(Long reportId, Long version, StaffMember reviewer) {
		return approve(reportId, version, null, reviewer);
	}

	/**
	 * Approves a report; a figure below the public one is refused unless the filer or the
	 * reviewer gives a correction reason.
	 * @return how many older pending reports of the indicator were closed as superseded
	 */
	@Transactional
	public int approve(Long reportId, Long version, String correctionReason, StaffMember reviewer) {
		// One approval of an indicator at a time, from before the report is read to the
		// commit: no two approvals wait on each other's reports, the version checked is
		// the one left by any approval before (which may have closed this report as
		// superseded), and the public figure read below is the one this approval
		// replaces.
		this.current.lock(List.of(this.reports.findIndicatorIdOf(reportId)
			.orElseThrow(() -> new NotFoundException("notFound.report", reportId))));
		ProgressReport report = current(reportId, version);
		Reading publicNow = this.reports.findCurrentOfIndicator(report.getIndicator().getId(), AsOf.NO_CUTOFF)
			.map(ProgressReport::reading)
			.orElse(null);
		boolean filerGaveReason = !VisibleText.isBlank(report.getCorrectionReason());
		if (ReportRules.isDrop(report.reading().figure(), publicNow) && !filerGaveReason
				&& VisibleText.isBlank(correctionReason)) {
			throw new ReviewException("review.error.dropNeedsReason");
		}
		String before = report.snapshot();
		Instant now = this.clock.instant();
		report.approve(reviewer.id(), correctionReason, now);
		this.reports.saveAndFlush(report);
		this.current.recompute(List.of(report.getIndicator().getId()));
		this.events.publishEvent(new ReportApproved(reportId, before, report.snapshot(), reviewer.username()));
		List<ProgressReport> outdated = this.reports.findPendingOfIndicator(report.getIndicator().getId())
			.stream()
			.filter((pending) -> pending.isOutdatedBy(report))
			.toList();
		for (ProgressReport pending : outdated) {
			String pendingBefore = pending.snapshot();
			pending.supersede(report, now);
			this.events.publishEvent(new ReportSuperseded(pending.getId(), reportId, pendingBefore, pending.snapshot(),
					reviewer.username()));
		}
		this.reports.saveAllAndFlush(outdated);
		return outdated.size();
	}

	@Transactional
	public void reject(Long reportId, Long version, String reason, StaffMember reviewer) {
		ProgressReport report = current(reportId, version);
		String before = report.snapshot();
		report.reject(reviewer.id(), reason, this.clock.instant());
		this.reports.saveAndFlush(report);
		this.events.publishEvent(new ReportRejected(reportId, before, report.snapshot(), reason, reviewer.username()));
	}

	private ProgressReport current(Long reportId, Long version) {
		ProgressReport report = this.reports.findById(reportId)
			.orElseThrow(() -> new NotFoundException("notFound.report", reportId));
		Versions.require(version, report.getVersion(), ConflictException::new);
		return report;
	}

}
