package org.minsheng.tracker.funding;

/**
 * Where a funding report stands. Labels live in the message bundles as
 * {@code funding.state.<NAME>}.
 */
public enum FundingState {

	SUBMITTED, APPROVED, REJECTED;

	public String messageKey() {
		return "funding.state." + name();
	}

}
