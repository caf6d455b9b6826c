package org.minsheng.tracker.progress;

import java.time.Instant;
import java.util.regex.Pattern;

import org.minsheng.tracker.system.LocalizedText;

/**
 * Where a figure filed in the staff workspace comes from, as every page, export and the
 * API cite it: "reported by the department, reviewed by the supervision office on the
 * day", with the evidence link the editor gave (http or https only).
 *
 * @param department the department it was reported for, or null if not recorded
 * @param reviewedAt when the supervision office approved it
 * @param evidenceUrl the evidence link, or null
 */
public record StaffSource(LocalizedText department, Instant reviewedAt, String evidenceUrl) {

	private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s<>\"]+");

	/**
	 * The source of an approved report filed by staff; null for a report that cites a
	 * published document (the seed) or is not approved.
	 */
	public static StaffSource of(ProgressReport report) {
		if (report == null || report.getSourceDocument() != null || report.getApprovedAt() == null
				|| report.getFiledBy() == null) {
			return null;
		}
		LocalizedText department = (report.getFilingDepartment() != null) ? report.getFilingDepartment().getName()
				: null;
		return new StaffSource(department, report.getApprovedAt(), safe(report.getEvidenceUrl()));
	}

	private static String safe(String url) {
		return (url != null && WEB_ADDRESS.matcher(url.strip()).matches()) ? url.strip() : null;
	}

}
