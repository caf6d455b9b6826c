package org.minsheng.tracker.reporting;

/**
 * Where a department's report for one indicator and period stands on a day. Labels live
 * in the message bundles as {@code reporting.standing.<NAME>}.
 */
public enum Standing {

	/** The period has begun, its due day has not passed, nothing is filed yet. */
	DUE,
	/** The due day has passed and nothing is filed yet. */
	OVERDUE,
	/** Filed by the due day. */
	ON_TIME,
	/** Filed after the due day. */
	LATE;

	/** Whether a report is still owed. */
	public boolean isOpen() {
		return this == DUE || this == OVERDUE;
	}

}
