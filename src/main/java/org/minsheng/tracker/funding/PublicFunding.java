package org.minsheng.tracker.funding;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An approved funding report as everyone may read it: the figures against the planned
 * pace of their day, and the department's explanation where the variance needs one.
 */
public record PublicFunding(LocalDate asOf, Instant approvedAt, FundingFigures figures, String explanation) {
}
