package org.minsheng.tracker.audit;

/**
 * What can happen in the staff workspace. Labels live in the message bundles as
 * {@code audit.action.<NAME>}.
 */
public enum AuditAction {

	SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_OUT, ACCOUNT_CREATED, REPORT_SAVED, REPORT_SUBMITTED, REPORT_APPROVED,
	REPORT_REJECTED, REPORT_SUPERSEDED, IMPORT_COMMITTED, ADMIN_CHANGE,

	SUGGESTION_PUBLISHED, SUGGESTION_REJECTED, SUGGESTION_MERGED, SUGGESTION_LINKED,

	THROTTLE_CLEARED,

	REQUEST_REFUSED,

	AUDIT_CHAIN_CHECKED,

	// Sites, residents' problem reports and the working-day calendar (issue 14)
	WORKING_DAY_CHANGED

}
