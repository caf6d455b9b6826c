package org.minsheng.tracker.funding;

import org.minsheng.tracker.plan.Commitment;

/**
 * A funding report with its commitment and its figures against the planned pace, for the
 * review queue and the filer's list.
 */
public record FundingEntry(FundingReport report, Commitment commitment, FundingFigures figures) {
}
