package org.minsheng.tracker.site;

import java.util.List;

import org.minsheng.tracker.system.LocalizedText;

/**
 * One site's public page: the commitment, the site as last approved, residents' ratings,
 * and the published problem reports with their replies (open broken or unsafe ones
 * first).
 *
 * @param site the site
 * @param year the plan's year
 * @param number the commitment's number
 * @param commitment the commitment's title
 * @param lead the lead department, or null when none is named
 * @param hasPhoto whether the site has a photo
 * @param worksWell ratings saying it works well
 * @param hasProblem ratings saying it has a problem
 * @param urgent open broken or unsafe reports
 * @param problems every published report, newest first
 */
public record SitePage(SiteCard site, int year, int number, LocalizedText commitment, LocalizedText lead,
		boolean hasPhoto, long worksWell, long hasProblem, List<SiteProblem> urgent, List<SiteProblem> problems) {

	public String worksWellText() {
		return String.valueOf(this.worksWell);
	}

	public String hasProblemText() {
		return String.valueOf(this.hasProblem);
	}

}
