package org.minsheng.tracker.system;

/**
 * A request a visitor can correct (a malformed date, say): rendered as a 400 page in
 * their language that says what to change.
 */
public class BadRequestException extends RuntimeException {

	private final String messageKey;

	public BadRequestException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
