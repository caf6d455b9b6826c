package org.minsheng.tracker.audit;

import java.util.Locale;

/**
 * What an audit event is about: a kind of record and its id (no id for a sign-in).
 *
 * @param kind the kind of record
 * @param id its id, or null
 */
public record AuditSubject(Kind kind, Long id) {

	public AuditSubject {
		if (kind == null) {
			throw new IllegalArgumentException("an audit subject has a kind");
		}
	}

	public static AuditSubject of(Kind kind, Long id) {
		return new AuditSubject(kind, id);
	}

	/** The kinds of record staff act on; stored as their table's name. */
	public enum Kind {

		APP_USER, DEPARTMENT, PLAN, COMMITMENT, INDICATOR, PROGRESS_REPORT, SUGGESTION, IMPORT_BATCH, AUDIT_EVENT,

		// issue 14
		CALENDAR_DAY, SITE, SITE_PROBLEM,
		// pace/, watch/, funding/
		MILESTONE_CHANGE, WATCH_ENTRY, FUNDING_REPORT,
		// The annual cycle (cycle/)
		CANDIDATE_PROJECT, VOTE_SESSION, RESIDENT_REMARK, PLAN_NOTICE, COMMITMENT_EVALUATION;

		/**
		 * The stored name: the table's name, as in the rows recorded before this type.
		 */
		public String stored() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
