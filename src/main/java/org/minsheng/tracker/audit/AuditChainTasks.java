package org.minsheng.tracker.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.WorkspaceTask;
import org.minsheng.tracker.staff.WorkspaceTasks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Administrators' workspace home: the audit chain's last check — broken, never done or
 * more than a week old is a task (the walk itself runs only when an administrator asks).
 */
@Component
class AuditChainTasks implements WorkspaceTasks {

	static final Duration CHECK_EVERY = Duration.ofDays(7);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditChainTasks(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<WorkspaceTask> tasksFor(StaffMember member) {
		if (!member.hasRole(Role.ADMIN)) {
			return List.of();
		}
		List<LastCheck> last = this.jdbc.query(
				"SELECT occurred_at, after_state FROM audit_event WHERE action = ? ORDER BY id DESC LIMIT 1",
				(rs, row) -> new LastCheck(rs.getObject(1, OffsetDateTime.class), rs.getString(2)),
				AuditAction.AUDIT_CHAIN_CHECKED.name());
		if (last.isEmpty()) {
			return List.of(task("workspace.audit.never", List.of(), false));
		}
		OffsetDateTime at = last.get(0).at();
		String day = LocalDate.ofInstant(at.toInstant(), this.clock.getZone()).toString();
		String result = String.valueOf(last.get(0).result());
		if (!result.startsWith("intact")) {
			return List.of(task("workspace.audit.broken", List.of(day), true));
		}
		if (at.toInstant().isBefore(this.clock.instant().minus(CHECK_EVERY))) {
			return List.of(task("workspace.audit.old", List.of(day), false));
		}
		return List.of(task("workspace.audit.intact", List.of(day), false));
	}

	private record LastCheck(OffsetDateTime at, String result) {
	}

	private static WorkspaceTask task(String key, List<String> args, boolean urgent) {
		return new WorkspaceTask(WorkspaceTask.Section.ADMINISTRATION, key, args, "/staff/audit", urgent);
	}

}
