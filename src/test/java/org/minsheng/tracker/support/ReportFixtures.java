package org.minsheng.tracker.support;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;

import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.progress.CurrentReports;
import org.minsheng.tracker.progress.ReportFilingService;
import org.minsheng.tracker.progress.ReportForm;
import org.minsheng.tracker.progress.ReviewService;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Files, reviews and time-shifts progress reports through the real services, as the test
 * accounts {@code test-editor} and {@code test-reviewer} made with {@link StaffFixtures}.
 * Reports are dated 2025-12-31 (the seeded plan's year) and removed with the test
 * accounts.
 */
@Component
public class ReportFixtures {

	private final ReportFilingService filing;

	private final ReviewService reviews;

	private final JdbcTemplate jdbc;

	private final PublicRevision revision;

	private final StaffFixtures staff;

	private final CurrentReports current;

	ReportFixtures(ReportFilingService filing, ReviewService reviews, JdbcTemplate jdbc, PublicRevision revision,
			StaffFixtures staff, CurrentReports current) {
		this.current = current;
		this.staff = staff;
		this.filing = filing;
		this.reviews = reviews;
		this.jdbc = jdbc;
		this.revision = revision;
	}

	/**
	 * A submitted report of {@code value}, with an optional note and correction reason.
	 */
	public Long submit(Long indicatorId, String value, String note, String correctionReason) {
		ReportForm form = new ReportForm();
		form.setIndicatorId(indicatorId);
		form.setValue(value);
		form.setAsOf("2025-12-31");
		form.setNote(note);
		form.setCorrectionReason(correctionReason);
		return this.filing.file(form.toFiling(), null, true, this.staff.member("editor")).reportId();
	}

	public void approve(Long reportId) {
		this.reviews.approve(reportId, version(reportId), this.staff.member("reviewer"));
	}

	public void reject(Long reportId, String reason) {
		this.reviews.reject(reportId, version(reportId), reason, this.staff.member("reviewer"));
	}

	/**
	 * Moves an approval to a time in the city, as if it had been approved then (the
	 * indicator's current intervals follow).
	 */
	public void approvedAt(Long reportId, String cityTime) {
		this.jdbc.update("UPDATE progress_report SET approved_at = ? WHERE id = ?",
				Timestamp.from(OffsetDateTime.parse(cityTime).toInstant()), reportId);
		this.current.recompute(List.of(this.jdbc.queryForObject("SELECT indicator_id FROM progress_report WHERE id = ?",
				Long.class, reportId)));
		this.revision.bump();
	}

	/** Submits, approves and dates an approval in one step. */
	public Long approvedAt(Long indicatorId, String value, String note, String cityTime) {
		Long id = submit(indicatorId, value, note, null);
		approve(id);
		approvedAt(id, cityTime);
		return id;
	}

	/**
	 * The elevators (2025, commitment 4) led by a test department: 46 seeded (approved
	 * 2025-12-29), raised to 50 (approved 2026-03-01 10:00), a rejected 60, and a
	 * correction to 48 "重复统计了两部" (approved 2026-06-01 09:00), all in Beijing time.
	 */
	public void elevatorsRaisedRejectedAndCorrected() {
		Department housing = this.staff.department("housing", "市住建局");
		Long indicator = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		approvedAt(indicator, "50", null, "2026-03-01T10:00:00+08:00");
		Long rejected = submit(indicator, "60", null, null);
		reject(rejected, "没有佐证");
		Long corrected = submit(indicator, "48", null, "重复统计了两部");
		approve(corrected);
		approvedAt(corrected, "2026-06-01T09:00:00+08:00");
	}

	private Long version(Long reportId) {
		return this.jdbc.queryForObject("SELECT version FROM progress_report WHERE id = ?", Long.class, reportId);
	}

}
