package org.minsheng.tracker.site;

import java.time.LocalDate;

import org.minsheng.tracker.system.LocalizedText;

/**
 * A site in a public list: its permanent id, what it is, where and how it stands.
 *
 * @param id the site's id (its page is /sites/{id})
 * @param name its name
 * @param address its address
 * @param countyCode its county's code
 * @param county its county's name
 * @param state where it stands
 * @param inServiceOn since when it is in service, or null
 * @param indicatorId the indicator it counts for
 * @param indicator that indicator's name
 * @param demonstration whether it is demonstration data
 * @param position its GCJ-02 position, or null
 */
public record SiteCard(Long id, String name, String address, String countyCode, LocalizedText county, SiteState state,
		LocalDate inServiceOn, Long indicatorId, LocalizedText indicator, boolean demonstration, Coordinates position) {

	static SiteCard of(SiteRevision revision) {
		return new SiteCard(revision.getSite().getId(), revision.getName(), revision.getAddress(),
				revision.getCounty().getCode(), revision.getCounty().getName(), revision.getState(),
				revision.getInServiceOn(), revision.getSite().getIndicator().getId(),
				revision.getSite().getIndicator().getName(), revision.getSite().isDemonstration(),
				revision.getPosition());
	}

}
