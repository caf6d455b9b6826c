package org.minsheng.tracker.dashboard;

import java.util.List;

/**
 * What one commitment did in one county: the figures reported for the county, or the
 * source's words naming it.
 */
public record CountyEntry(CommitmentView commitment, List<CountyLine> figures, SourceView mentionSource,
		String mentionQuote) {

	/** One indicator's figure for the county. */
	public record CountyLine(IndicatorView indicator, java.math.BigDecimal figure) {
	}

}
