package org.minsheng.tracker.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.WorkspaceTask;
import org.minsheng.tracker.staff.WorkspaceTasks;
import org.springframework.stereotype.Component;

/**
 * Administrators' workspace home: emails waiting in the outbox (failing when the oldest
 * has waited more than a quarter of an hour) and emails given up.
 */
@Component
class OutboxTasks implements WorkspaceTasks {

	static final Duration TOO_OLD = Duration.ofMinutes(15);

	private final MailOutbox outbox;

	OutboxTasks(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public List<WorkspaceTask> tasksFor(StaffMember member) {
		if (!member.hasRole(Role.ADMIN)) {
			return List.of();
		}
		Backlog backlog = this.outbox.backlog();
		List<WorkspaceTask> tasks = new ArrayList<>();
		if (backlog.waiting() > 0) {
			tasks.add(new WorkspaceTask(WorkspaceTask.Section.ADMINISTRATION, "workspace.outbox.waiting",
					List.of(String.valueOf(backlog.waiting()), String.valueOf(backlog.oldestAge().toMinutes())),
					"/staff/admin/outbox", backlog.oldestAge().compareTo(TOO_OLD) > 0));
		}
		if (backlog.failed() > 0) {
			tasks.add(new WorkspaceTask(WorkspaceTask.Section.ADMINISTRATION, "workspace.outbox.failed",
					List.of(String.valueOf(backlog.failed())), "/staff/admin/outbox", true));
		}
		return tasks;
	}

}
