package org.minsheng.tracker.funding;

import java.util.List;

/**
 * A commitment's public funding: the current report (latest as-of day) and the earlier
 * ones, newest first.
 */
public record CommitmentFunding(PublicFunding current, List<PublicFunding> history) {

	public static final CommitmentFunding NONE = new CommitmentFunding(null, List.of());

	public boolean isKnown() {
		return this.current != null;
	}

}
