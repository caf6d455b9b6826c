package org.minsheng.tracker.spreadsheet;

import java.time.Instant;
import java.util.List;

/**
 * What the preview page shows: the batch, the header and every row with its problems.
 */
public record ImportPreview(Long batchId, String fileName, Instant uploadedAt, boolean committed, List<String> header,
		List<RowCheck> rows) {

	public long toFile() {
		return count(RowCheck.Outcome.FILE);
	}

	public long skipped() {
		return count(RowCheck.Outcome.SKIP);
	}

	public long errors() {
		return count(RowCheck.Outcome.ERROR);
	}

	public boolean canCommit() {
		return !this.committed && errors() == 0 && toFile() > 0;
	}

	private long count(RowCheck.Outcome outcome) {
		return this.rows.stream().filter((row) -> row.outcome() == outcome).count();
	}

}
