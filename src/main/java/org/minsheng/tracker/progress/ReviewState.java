package org.minsheng.tracker.progress;

/**
 * Where a progress report stands in review. Only approved reports are public.
 */
public enum ReviewState {

	DRAFT, SUBMITTED, APPROVED, REJECTED,
	/**
	 * Closed without a decision: a newer report of the same indicator was approved while
	 * this one waited.
	 */
	SUPERSEDED;

	public boolean isRejected() {
		return this == REJECTED;
	}

}
