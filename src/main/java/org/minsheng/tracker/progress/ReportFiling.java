package org.minsheng.tracker.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report to file, as the editor typed it (in the report form or a spreadsheet row):
 * every field is text until {@link ReportRules} have checked it.
 *
 * @param indicatorId the indicator reported on
 * @param value the figure, for a measured indicator
 * @param valueIsLowerBound whether the figure is a lower bound ("200多")
 * @param taskDone whether a qualitative task is done
 * @param asOf the day the figure describes
 * @param note an optional note
 * @param evidenceUrl an optional link to evidence
 * @param correctionReason why a figure is lower than the last approved one
 * @param breakdownNote how the county figures relate to the total
 * @param confirmLarge whether the editor confirmed an unusually large figure
 * @param counties county figures by county code
 * @param version the version of the report being changed, null for a new report
 */
public record ReportFiling(Long indicatorId, String value, boolean valueIsLowerBound, Boolean taskDone, String asOf,
		String note, String evidenceUrl, String correctionReason, String breakdownNote, boolean confirmLarge,
		Map<String, String> counties, Long version) {

	public ReportFiling {
		counties = (counties != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(counties)) : Map.of();
	}

}
