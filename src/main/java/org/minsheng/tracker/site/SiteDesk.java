package org.minsheng.tracker.site;

import java.util.List;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Indicator;

/**
 * One commitment an editor's department leads, as the sites page shows it: its count
 * indicators (to add sites to), what was filed last for each site, and each indicator's
 * figure beside its sites in public (a mismatch is flagged).
 *
 * @param commitment the commitment
 * @param indicators its count indicators
 * @param sites what was filed last for each of its sites
 * @param tallies the public figures beside the public sites
 */
public record SiteDesk(Commitment commitment, List<Indicator> indicators, List<SiteRevision> sites,
		List<IndicatorTally> tallies) {
}
