package org.minsheng.tracker.cycle;

/**
 * Where a candidate came from. Labels live in the message bundles as
 * {@code cycle.origin.<NAME>}.
 */
public enum CandidateOrigin {

	/** Built from residents' published suggestions, which stay linked. */
	SUGGESTIONS,
	/** A department's proposal. */
	DEPARTMENT

}
