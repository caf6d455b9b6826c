package org.minsheng.tracker.site;

/** What became of a resident's rating or problem report. */
public enum ResidentOutcome {

	/**
	 * Stored (a problem report: waiting for moderation, and in the department's queue).
	 */
	RECEIVED,
	/** Too many from this address this hour: nothing stored. */
	RATE_LIMITED

}
