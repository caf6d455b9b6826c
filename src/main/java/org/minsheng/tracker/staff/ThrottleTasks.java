package org.minsheng.tracker.staff;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Administrators: sign-in throttles that make attempts wait now.
 */
@Component
class ThrottleTasks implements WorkspaceTasks {

	private final SignInThrottles throttles;

	ThrottleTasks(SignInThrottles throttles) {
		this.throttles = throttles;
	}

	@Override
	public List<WorkspaceTask> tasksFor(StaffMember member) {
		if (!member.hasRole(Role.ADMIN)) {
			return List.of();
		}
		long waiting = this.throttles.current().stream().filter(Throttle::waiting).count();
		if (waiting == 0) {
			return List.of();
		}
		return List.of(new WorkspaceTask(WorkspaceTask.Section.ADMINISTRATION, "workspace.throttles",
				List.of(String.valueOf(waiting)), "/staff/admin/throttles", true));
	}

}
