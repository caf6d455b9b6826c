package org.minsheng.tracker.progress;

/**
 * The status a citizen sees for an indicator or a commitment. Labels live in the message
 * bundles as {@code status.<NAME>}.
 */
public enum ProgressStatus {

	/** The plan's year has not begun. */
	NOT_STARTED,
	/** No approved figure yet: never shown as a 0 % bar. */
	NO_DATA,
	/** Under way and on pace. */
	IN_PROGRESS,
	/**
	 * Completion is well below the share of the year elapsed, or the year ended short.
	 */
	BEHIND_SCHEDULE,
	/** The target is reached. */
	COMPLETED,
	/** The target is exceeded (超额完成). */
	OVER_ACHIEVED,
	/** A qualitative task reported done. */
	QUALITATIVE_DONE;

	/** Counts as delivered in the headline figures. */
	public boolean isDelivered() {
		return this == COMPLETED || this == OVER_ACHIEVED || this == QUALITATIVE_DONE;
	}

	public boolean isBehindSchedule() {
		return this == BEHIND_SCHEDULE;
	}

	public boolean isQualitativeDone() {
		return this == QUALITATIVE_DONE;
	}

	public boolean hasNoFigure() {
		return this == NOT_STARTED || this == NO_DATA;
	}

	public String messageKey() {
		return "status." + name();
	}

}
