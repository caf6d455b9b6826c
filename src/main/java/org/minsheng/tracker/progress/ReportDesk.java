package org.minsheng.tracker.progress;

import java.util.List;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Commitments;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.StaffUser;
import org.minsheng.tracker.staff.StaffUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's desk: the commitments their departments lead, and their reports still open
 * (drafts, submitted, rejected with the reviewer's reason).
 */
@Service
public class ReportDesk {

	private final StaffUsers users;

	private final Commitments commitments;

	private final ProgressReports reports;

	ReportDesk(StaffUsers users, Commitments commitments, ProgressReports reports) {
		this.users = users;
		this.commitments = commitments;
		this.reports = reports;
	}

	/** What the desk shows. */
	public record Desk(List<Commitment> commitments, List<ProgressReport> openReports) {
	}

	@Transactional(readOnly = true)
	public Desk forEditor(String username) {
		StaffUser editor = this.users.findByUsername(username)
			.orElseThrow(() -> new AccessDeniedException("no account"));
		List<Long> departments = editor.getDepartments().stream().map(Department::getId).toList();
		if (departments.isEmpty()) {
			return new Desk(List.of(), List.of());
		}
		return new Desk(this.commitments.findLedBy(departments), this.reports.findOpenForDepartments(departments));
	}

}
