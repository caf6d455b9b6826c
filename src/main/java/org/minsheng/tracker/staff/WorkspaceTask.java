package org.minsheng.tracker.staff;

import java.util.List;

/**
 * One thing that needs a staff member now, as the workspace home lists it.
 *
 * @param section the home's section it is listed in
 * @param textKey its text's message key
 * @param args the text's arguments, as strings (no number formatting)
 * @param href where it is done
 * @param urgent whether it is late or failing (listed first, marked in words)
 */
public record WorkspaceTask(Section section, String textKey, List<String> args, String href, boolean urgent) {

	public WorkspaceTask {
		args = List.copyOf(args);
	}

	/** The home's sections, in order; labels {@code workspace.section.<NAME>}. */
	public enum Section {

		/** An editor's reports: due, overdue, sent back. */
		REPORTS,
		/** The supervision office's review, overdue departments, moderation. */
		SUPERVISION,
		/** Administrators: accounts, the outbox, the audit trail. */
		ADMINISTRATION

	}

}
