package org.minsheng.tracker.site;

import org.minsheng.tracker.system.PublicDataChanged;

/** The events of this feature. */
public final class SiteEvents {

	private SiteEvents() {
	}

	/** An editor filed a site, new or changed, for review. */
	public record SiteFiled(String actor, Long subjectId, String before, String after) implements SiteActivity {

		@Override
		public What what() {
			return What.SITE_FILED;
		}

		@Override
		public String detail() {
			return null;
		}

	}

	/**
	 * The supervision office approved what was filed: the site's public record changed.
	 */
	public record SiteApproved(String actor, Long subjectId, String before,
			String after) implements SiteActivity, PublicDataChanged {

		@Override
		public What what() {
			return What.SITE_APPROVED;
		}

		@Override
		public String detail() {
			return null;
		}

	}

	/** The supervision office rejected what was filed, with a reason. */
	public record SiteRejected(String actor, Long subjectId, String before, String after,
			String detail) implements SiteActivity {

		@Override
		public What what() {
			return What.SITE_REJECTED;
		}

	}

	/** An editor committed a spreadsheet of sites into review. */
	public record SitesImported(String actor, int rows, String fileName) implements SiteActivity {

		@Override
		public What what() {
			return What.SITES_IMPORTED;
		}

		@Override
		public Long subjectId() {
			return null;
		}

		@Override
		public String before() {
			return null;
		}

		@Override
		public String after() {
			return "rows=" + this.rows;
		}

		@Override
		public String detail() {
			return "file=" + this.fileName + "; rows=" + this.rows;
		}

	}

	/** A moderator published a resident's problem report. */
	public record ProblemPublished(String actor, Long subjectId, String before,
			String after) implements SiteActivity, PublicDataChanged {

		@Override
		public What what() {
			return What.SITE_PROBLEM_PUBLISHED;
		}

		@Override
		public String detail() {
			return null;
		}

	}

	/** A moderator rejected a resident's problem report, with a reason. */
	public record ProblemRejected(String actor, Long subjectId, String before, String after,
			String detail) implements SiteActivity {

		@Override
		public What what() {
			return What.SITE_PROBLEM_REJECTED;
		}

	}

	/** The lead department answered a problem report (public with it). */
	public record ProblemAnswered(String actor, Long subjectId, String before,
			String after) implements SiteActivity, PublicDataChanged {

		@Override
		public What what() {
			return What.SITE_PROBLEM_ANSWERED;
		}

		@Override
		public String detail() {
			return null;
		}

	}

	/** A resident rated a site: its public counts changed (not audited: anonymous). */
	public record SiteRated(Long siteId) implements PublicDataChanged {
	}

}
