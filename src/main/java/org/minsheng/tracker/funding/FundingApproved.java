package org.minsheng.tracker.funding;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * The supervision office approved a funding report: it is public from now on.
 *
 * @param reportId the report
 * @param before the report before
 * @param after the report after
 * @param reviewer who approved it
 */
public record FundingApproved(Long reportId, String before, String after,
		String reviewer) implements PublicDataChanged {

}
