package org.minsheng.tracker.site;

/**
 * What staff did to sites and problem reports, for the audit trail: each event of this
 * feature that staff cause says who, what, about which record, and the state before and
 * after.
 */
public interface SiteActivity {

	/**
	 * The kinds of activity; the audit trail records each under the action of the same
	 * name.
	 */
	enum What {

		SITE_FILED, SITE_APPROVED, SITE_REJECTED, SITES_IMPORTED, SITE_PROBLEM_PUBLISHED, SITE_PROBLEM_REJECTED,
		SITE_PROBLEM_ANSWERED;

		/** Whether the subject is a problem report (else a site). */
		public boolean aboutProblem() {
			return name().startsWith("SITE_PROBLEM");
		}

	}

	String actor();

	What what();

	Long subjectId();

	String before();

	String after();

	String detail();

}
