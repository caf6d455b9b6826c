package org.minsheng.tracker.voice;

/**
 * What became of a submission.
 *
 * @param suggestionId the new suggestion, or the existing one with the same text
 */
public record SubmissionOutcome(Kind kind, Long suggestionId) {

	/** The possible outcomes. */
	public enum Kind {

		/** Stored and waiting for moderation. */
		RECEIVED,
		/** The same text is already published: support it instead. */
		DUPLICATE_PUBLISHED,
		/** The same text is already waiting for moderation. */
		DUPLICATE_PENDING,
		/** Too many submissions from this address this hour. */
		RATE_LIMITED

	}

	public boolean isRateLimited() {
		return this.kind == Kind.RATE_LIMITED;
	}

	public boolean isDuplicatePublished() {
		return this.kind == Kind.DUPLICATE_PUBLISHED;
	}

	public boolean isDuplicatePending() {
		return this.kind == Kind.DUPLICATE_PENDING;
	}

	static SubmissionOutcome of(Kind kind) {
		return new SubmissionOutcome(kind, null);
	}

}
