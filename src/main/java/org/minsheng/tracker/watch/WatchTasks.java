package org.minsheng.tracker.watch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.WorkspaceTask;
import org.minsheng.tracker.system.ClockConfiguration;
import org.springframework.stereotype.Component;

/**
 * The supervision office's workspace home: every commitment on the watch list, urgent
 * once its deadline has passed.
 */
@Component
class WatchTasks implements org.minsheng.tracker.staff.WorkspaceTasks {

	private final WatchList watchList;

	private final Clock clock;

	WatchTasks(WatchList watchList, Clock clock) {
		this.watchList = watchList;
		this.clock = clock;
	}

	@Override
	public List<WorkspaceTask> tasksFor(StaffMember member) {
		if (!member.hasRole(Role.REVIEWER)) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.CITY_ZONE));
		return this.watchList.current()
			.stream()
			.map((w) -> new WorkspaceTask(WorkspaceTask.Section.SUPERVISION, "workspace.watched",
					List.of(String.valueOf(w.year()), String.valueOf(w.number()), w.reason(),
							String.valueOf(w.deadline())),
					"/staff/review/watch", w.deadline() != null && w.deadline().isBefore(today)))
			.toList();
	}

}
