package org.minsheng.tracker.spreadsheet;

import java.util.List;

import org.minsheng.tracker.progress.ReportFiling;
import org.minsheng.tracker.system.Problem;

/**
 * A row of an upload after checking: what it says, whether it will be filed, and what is
 * wrong with it.
 */
public record RowCheck(SheetRow row, Outcome outcome, List<Problem> problems, ReportFiling filing) {

	/** What committing does with the row. */
	public enum Outcome {

		/** Filed and submitted for review. */
		FILE,
		/** Nothing reported in it: left out. */
		SKIP,
		/** Has mistakes: the batch cannot be committed. */
		ERROR

	}

	public List<String> cells() {
		return SheetFormat.values(this.row.line());
	}

}
