package org.minsheng.tracker.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.minsheng.tracker.progress.StaffSource;

/**
 * The source of a figure filed by staff (one without a published source): the department
 * that reported it, when the supervision office reviewed (approved) it, and the evidence
 * link the editor gave (http or https only).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReportedByJson(Text department, String reviewedBy, Instant reviewedAt, String evidenceUrl) {

	static final String SUPERVISION_OFFICE = "supervision-office";

	static ReportedByJson of(StaffSource source) {
		return (source != null) ? new ReportedByJson(Text.of(source.department()), SUPERVISION_OFFICE,
				source.reviewedAt(), source.evidenceUrl()) : null;
	}

}
