package org.minsheng.tracker.progress;

import java.util.List;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Commitments;
import org.minsheng.tracker.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's desk: the commitments their departments lead, and their reports still open
 * (drafts, submitted, rejected with the reviewer's reason).
 */
@Service
public class ReportDesk {

	private final Commitments commitments;

	private final ProgressReports reports;

	ReportDesk(Commitments commitments, ProgressReports reports) {
		this.commitments = commitments;
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
		return new Desk(this.commitments.findLedBy(departments), this.reports.findOpenForDepartments(departments));
	}

}
