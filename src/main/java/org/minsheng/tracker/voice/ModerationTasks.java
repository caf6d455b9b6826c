package org.minsheng.tracker.voice;

import java.util.List;

import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.WorkspaceTask;
import org.minsheng.tracker.staff.WorkspaceTasks;
import org.springframework.stereotype.Component;

/**
 * The supervision office's workspace home: suggestions waiting for moderation.
 */
@Component
class ModerationTasks implements WorkspaceTasks {

	private final ModerationDesk desk;

	ModerationTasks(ModerationDesk desk) {
		this.desk = desk;
	}

	@Override
	public List<WorkspaceTask> tasksFor(StaffMember member) {
		if (!member.hasRole(Role.REVIEWER)) {
			return List.of();
		}
		int waiting = this.desk.pending().size();
		if (waiting == 0) {
			return List.of();
		}
		return List.of(new WorkspaceTask(WorkspaceTask.Section.SUPERVISION, "workspace.moderation",
				List.of(String.valueOf(waiting)), "/staff/moderation", false));
	}

}
