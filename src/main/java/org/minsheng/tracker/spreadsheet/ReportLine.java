package org.minsheng.tracker.spreadsheet;

import java.util.List;

/**
 * One data row of the sheet, every cell as text exactly as written in the file (after the
 * formula guard is removed; a missing cell is empty, never null), in
 * {@link SheetFormat}'s column order. The county amounts follow the counties' sort order.
 */
public record ReportLine(String planYear, String commitmentNumber, String indicatorPosition, String indicatorName,
		String unit, String value, String lowerBound, String confirmed, String taskDone, String asOf, String note,
		String evidenceUrl, String correctionReason, String breakdownNote, List<String> counties) {

	public ReportLine {
		planYear = orEmpty(planYear);
		commitmentNumber = orEmpty(commitmentNumber);
		indicatorPosition = orEmpty(indicatorPosition);
		indicatorName = orEmpty(indicatorName);
		unit = orEmpty(unit);
		value = orEmpty(value);
		lowerBound = orEmpty(lowerBound);
		confirmed = orEmpty(confirmed);
		taskDone = orEmpty(taskDone);
		asOf = orEmpty(asOf);
		note = orEmpty(note);
		evidenceUrl = orEmpty(evidenceUrl);
		correctionReason = orEmpty(correctionReason);
		breakdownNote = orEmpty(breakdownNote);
		counties = counties.stream().map(ReportLine::orEmpty).toList();
	}

	/**
	 * True when nothing is reported: only the columns that name the indicator are filled.
	 */
	public boolean reportsNothing() {
		return blank(this.value) && blank(this.taskDone) && blank(this.asOf) && blank(this.note)
				&& blank(this.evidenceUrl) && blank(this.correctionReason) && blank(this.breakdownNote)
				&& this.counties.stream().allMatch(ReportLine::blank);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
