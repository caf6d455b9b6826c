package org.minsheng.tracker.staff;

import java.util.List;

/**
 * A feature's contribution to the workspace home: what needs this signed-in person now
 * (reports due, a review queue, failing machinery), each with where it is done. Features
 * implement it as a bean; the home lists every contribution's tasks by section.
 */
public interface WorkspaceTasks {

	/** The tasks for this person (empty when none of theirs). */
	List<WorkspaceTask> tasksFor(StaffMember member);

}
