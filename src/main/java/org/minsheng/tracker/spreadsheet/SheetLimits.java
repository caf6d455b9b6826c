package org.minsheng.tracker.spreadsheet;

/**
 * How much one upload may hold. The byte limit is also the multipart limit in
 * {@code application.properties}.
 */
public final class SheetLimits {

	public static final long MAX_BYTES = 2L * 1024 * 1024;

	public static final int MAX_ROWS = 2000;

	private SheetLimits() {
	}

}
