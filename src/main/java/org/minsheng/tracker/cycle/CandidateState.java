package org.minsheng.tracker.cycle;

/**
 * Where a candidate project stands: proposed, screened in or out (with a reason), on the
 * ballot, then chosen or not chosen by the delegates. Labels live in the message bundles
 * as {@code cycle.state.<NAME>}.
 */
public enum CandidateState {

	PROPOSED, SCREENED_IN, SCREENED_OUT, ON_BALLOT, CHOSEN, NOT_CHOSEN;

	public String messageKey() {
		return "cycle.state." + name();
	}

}
