package org.minsheng.tracker.progress;

/**
 * Where a progress report stands in review. Only approved reports are public.
 */
public enum ReviewState {

	DRAFT, SUBMITTED, APPROVED, REJECTED;

	public boolean isRejected() {
		return this == REJECTED;
	}

}
