package org.minsheng.tracker.pace;

/**
 * Where a filed change of milestones stands. Labels live in the message bundles as
 * {@code pace.change.state.<NAME>}.
 */
public enum ChangeState {

	SUBMITTED, APPROVED, REJECTED;

	public String messageKey() {
		return "pace.change.state." + name();
	}

}
