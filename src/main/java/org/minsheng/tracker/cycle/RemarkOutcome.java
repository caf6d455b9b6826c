package org.minsheng.tracker.cycle;

/**
 * What became of a comment or an objection. Labels live in the message bundles as
 * {@code cycle.remark.<NAME>}.
 */
public enum RemarkOutcome {

	RECEIVED, RATE_LIMITED, CLOSED

}
