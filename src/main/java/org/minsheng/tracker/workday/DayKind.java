package org.minsheng.tracker.workday;

/**
 * How a day in the calendar differs from the Monday-to-Friday week. Labels live in the
 * message bundles as {@code workday.kind.<NAME>}.
 */
public enum DayKind {

	/** A day off (a public holiday, or a weekday given off in exchange). */
	HOLIDAY,
	/** An adjusted working weekend day (调休上班). */
	WORKDAY;

	/** The kind named by a form value, or null. */
	public static DayKind fromParameter(String value) {
		for (DayKind kind : values()) {
			if (kind.name().equals(value)) {
				return kind;
			}
		}
		return null;
	}

}
