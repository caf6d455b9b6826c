package org.minsheng.tracker.staff.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.WorkspaceTask;
import org.minsheng.tracker.staff.WorkspaceTasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff workspace's home: what needs the signed-in person now, by section, each item
 * linking to where it is done — contributed by the features ({@link WorkspaceTasks}).
 */
@Controller
class WorkspaceController {

	static final String VIEW = "staff/home";

	private final ObjectProvider<WorkspaceTasks> contributions;

	private final MessageSource messages;

	WorkspaceController(ObjectProvider<WorkspaceTasks> contributions, MessageSource messages) {
		this.contributions = contributions;
		this.messages = messages;
	}

	@GetMapping("/staff")
	String home(StaffMember staff, Locale locale, Model model) {
		Map<WorkspaceTask.Section, List<WorkspaceLine>> sections = new EnumMap<>(WorkspaceTask.Section.class);
		List<WorkspaceTask> tasks = new ArrayList<>();
		this.contributions.orderedStream().forEach((contribution) -> tasks.addAll(contribution.tasksFor(staff)));
		tasks.sort(Comparator.comparing((WorkspaceTask t) -> !t.urgent()));
		for (WorkspaceTask task : tasks) {
			sections.computeIfAbsent(task.section(), (section) -> new ArrayList<>())
				.add(new WorkspaceLine(this.messages.getMessage(task.textKey(), task.args().toArray(), locale),
						task.href(), task.urgent()));
		}
		model.addAttribute("me", staff);
		model.addAttribute("sections", sections);
		return VIEW;
	}

}
