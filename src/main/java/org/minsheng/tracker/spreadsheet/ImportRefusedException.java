package org.minsheng.tracker.spreadsheet;

/**
 * A commit that is refused as a whole (already committed, rows with mistakes, nothing to
 * file); nothing is changed. The message key explains why.
 */
public class ImportRefusedException extends RuntimeException {

	private final String messageKey;

	public ImportRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
