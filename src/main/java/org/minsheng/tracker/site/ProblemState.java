package org.minsheng.tracker.site;

/** A problem report's moderation: waiting, public, or refused with a reason. */
public enum ProblemState {

	PENDING, PUBLISHED, REJECTED

}
