package org.minsheng.tracker.staff;

/**
 * What a staff member may do. Labels live in the message bundles as {@code role.<NAME>}.
 */
public enum Role {

	/** Users, departments, plans, commitments and indicators. */
	ADMIN,
	/** Reports figures for the commitments their departments lead. */
	EDITOR,
	/** The supervision office (督查室): approves or rejects reports. */
	REVIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

}
