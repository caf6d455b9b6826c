package org.minsheng.tracker.progress;

import java.time.Clock;
import java.util.List;

import org.minsheng.tracker.audit.AuditAction;
import org.minsheng.tracker.audit.AuditTrail;
import org.minsheng.tracker.staff.StaffUser;
import org.minsheng.tracker.staff.StaffDirectory;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.PublicRevision;
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

	private final StaffDirectory staff;

	private final AuditTrail audit;

	private final PublicRevision revision;

	private final Clock clock;

	ReviewService(ProgressReports reports, StaffDirectory staff, AuditTrail audit, PublicRevision revision,
			Clock clock) {
		this.reports = reports;
		this.staff = staff;
		this.audit = audit;
		this.revision = revision;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ProgressReport> awaitingReview() {
		List<ProgressReport> queue = this.reports.findAwaitingReview();
		queue.forEach((report) -> report.getCountyFigures().forEach((figure) -> figure.getCounty().getCode()));
		return queue;
	}

	@Transactional
	public void approve(Long reportId, Long version, String username) {
		StaffUser reviewer = reviewer(username);
		ProgressReport report = current(reportId, version);
		String before = report.snapshot();
		report.approve(reviewer.getId(), this.clock.instant());
		this.reports.saveAndFlush(report);
		this.revision.bump();
		this.audit.record(username, AuditAction.REPORT_APPROVED, "progress_report", reportId, before, report.snapshot(),
				null);
	}

	@Transactional
	public void reject(Long reportId, Long version, String reason, String username) {
		StaffUser reviewer = reviewer(username);
		ProgressReport report = current(reportId, version);
		String before = report.snapshot();
		report.reject(reviewer.getId(), reason, this.clock.instant());
		this.reports.saveAndFlush(report);
		this.audit.record(username, AuditAction.REPORT_REJECTED, "progress_report", reportId, before, report.snapshot(),
				reason);
	}

	private ProgressReport current(Long reportId, Long version) {
		ProgressReport report = this.reports.findById(reportId)
			.orElseThrow(() -> new NotFoundException("notFound.report", reportId));
		if (version == null || version != report.getVersion()) {
			throw new ConflictException();
		}
		return report;
	}

	private StaffUser reviewer(String username) {
		return this.staff.signedIn(username);
	}

}
