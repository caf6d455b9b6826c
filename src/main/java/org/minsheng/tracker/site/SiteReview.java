package org.minsheng.tracker.site;

/** Where a filed revision of a site is in review; only approved ones are public. */
public enum SiteReview {

	SUBMITTED, APPROVED, REJECTED

}
