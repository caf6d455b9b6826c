package org.minsheng.tracker.progress;

import java.time.Clock;
import java.util.List;

import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision office (督查室) approves submitted reports, which makes them public, or
 * rejects them with a reason. A decision on a report someone else has changed meanwhile
 * is refused.
 */
@Service
public class ReviewService {

	private final ProgressReports reports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewService(ProgressReports reports, ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ProgressReport> awaitingReview() {
		List<ProgressReport> queue = this.reports.findAwaitingReview();
		queue.forEach((report) -> report.getCountyFigures().forEach((figure) -> figure.getCounty().getCode()));
		return queue;
	}

	@Transactional
	public void approve(Long reportId, Long version, StaffMember reviewer) {
		ProgressReport report = current(reportId, version);
		String before = report.snapshot();
		report.approve(reviewer.id(), this.clock.instant());
		this.reports.saveAndFlush(report);
		this.events.publishEvent(new ReportApproved(reportId, before, report.snapshot(), reviewer.username()));
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
