package org.minsheng.tracker.funding;

/**
 * Where a commitment's money comes from. Labels live in the message bundles as
 * {@code funding.source.<NAME>}.
 */
public enum FundingSource {

	CITY, COUNTY, PROVINCIAL, CENTRAL, OTHER;

	public String messageKey() {
		return "funding.source." + name();
	}

}
