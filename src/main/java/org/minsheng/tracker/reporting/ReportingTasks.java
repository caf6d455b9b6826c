package org.minsheng.tracker.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.WorkspaceTask;
import org.minsheng.tracker.staff.WorkspaceTasks;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The calendar on the workspace home: editors see their departments' reports due and
 * overdue by indicator; the supervision office sees the departments with overdue reports.
 */
@Component
class ReportingTasks implements WorkspaceTasks {

	private final ReportingCalendar calendar;

	ReportingTasks(ReportingCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public List<WorkspaceTask> tasksFor(StaffMember member) {
		boolean editor = member.hasRole(Role.EDITOR) && !member.departmentIds().isEmpty();
		boolean reviewer = member.hasRole(Role.REVIEWER);
		if (!editor && !reviewer) {
			return List.of();
		}
		LocalDate today = this.calendar.today();
		List<Obligation> obligations = this.calendar.obligationsOn(today);
		List<WorkspaceTask> tasks = new ArrayList<>();
		if (editor) {
			obligations.stream()
				.filter((o) -> o.standing().isOpen() && member.departmentIds().contains(o.departmentId()))
				.sorted(Comparator.comparing(Obligation::due))
				.forEach((o) -> tasks.add(new WorkspaceTask(WorkspaceTask.Section.REPORTS,
						(o.standing() == Standing.OVERDUE) ? "workspace.report.overdue" : "workspace.report.due",
						List.of(o.indicator().in(locale()), o.commitment().in(locale()),
								String.valueOf(o.period().firstMonth()), o.due().toString(), String.valueOf(o.days())),
						"/staff/reports/new?indicator=" + o.indicatorId(), o.standing() == Standing.OVERDUE)));
		}
		if (reviewer) {
			Map<String, List<Obligation>> overdue = obligations.stream()
				.filter((o) -> o.standing() == Standing.OVERDUE)
				.collect(Collectors.groupingBy((o) -> (o.department() != null) ? o.department().in(locale()) : "—",
						java.util.TreeMap::new, Collectors.toList()));
			overdue.forEach((department, late) -> tasks
				.add(new WorkspaceTask(WorkspaceTask.Section.SUPERVISION, "workspace.department.overdue",
						List.of(department, String.valueOf(late.size()),
								String.valueOf(late.stream().mapToLong(Obligation::days).max().orElse(0))),
						"/staff/review/overdue", true)));
		}
		return tasks;
	}

	private static java.util.Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
