package org.minsheng.tracker.progress;

import java.util.List;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's desk: the commitments their departments lead, and their reports still open
 * (drafts, submitted, rejected with the reviewer's reason).
 */
@Service
public class ReportDesk {

	private final PlanCatalog plans;

	private final ProgressReports reports;

	ReportDesk(PlanCatalog plans, ProgressReports reports) {
		this.plans = plans;
		this.reports = reports;
	}

	/** What the desk shows. */
	public record Desk(List<Commitment> commitments, List<ProgressReport> openReports) {
	}

	@Transactional(readOnly = true)
	public Desk forEditor(StaffMember editor) {
		List<Long> departments = editor.departmentIds();
		if (departments.isEmpty()) {
			return new Desk(List.of(), List.of());
		}
		return new Desk(commitmentsLedBy(editor), this.reports.findOpenForDepartments(departments));
	}

	/**
	 * The commitments an editor's departments lead, newest plan first, with their
	 * indicators: what the editor may report on.
	 */
	@Transactional(readOnly = true)
	public List<Commitment> commitmentsLedBy(StaffMember editor) {
		if (editor.departmentIds().isEmpty()) {
			return List.of();
		}
		return this.plans.ledBy(editor.departmentIds());
	}

}
