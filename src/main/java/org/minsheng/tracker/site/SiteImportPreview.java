package org.minsheng.tracker.site;

import java.util.List;

/**
 * An uploaded sites sheet checked row by row, before anything is filed.
 *
 * @param fileName the file's name
 * @param rows every data row
 */
public record SiteImportPreview(String fileName, List<SiteImportRow> rows) {

	/** Whether every row can be taken (then the whole sheet can be committed). */
	public boolean acceptable() {
		return this.rows.stream().noneMatch(SiteImportRow::refused);
	}

	public long count(SiteImportRow.Outcome outcome) {
		return this.rows.stream().filter((r) -> r.outcome() == outcome).count();
	}

	public String newRows() {
		return String.valueOf(count(SiteImportRow.Outcome.NEW));
	}

	public String changedRows() {
		return String.valueOf(count(SiteImportRow.Outcome.CHANGED));
	}

	public String unchangedRows() {
		return String.valueOf(count(SiteImportRow.Outcome.UNCHANGED));
	}

	/** The sheet's column names. */
	public java.util.List<String> header() {
		return SiteSheet.HEADER;
	}

}
