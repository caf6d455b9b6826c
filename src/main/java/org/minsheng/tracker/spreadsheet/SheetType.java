package org.minsheng.tracker.spreadsheet;

import java.util.Locale;
import java.util.Optional;

/**
 * The two file types, told apart by the file name's extension.
 */
public enum SheetType {

	CSV("csv", "text/csv;charset=UTF-8"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String contentType;

	SheetType(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public static Optional<SheetType> ofFileName(String fileName) {
		String lower = (fileName != null) ? fileName.toLowerCase(Locale.ROOT).strip() : "";
		for (SheetType type : values()) {
			if (lower.endsWith("." + type.extension)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
