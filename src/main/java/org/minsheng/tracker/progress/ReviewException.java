package org.minsheng.tracker.progress;

/**
 * A review step that the report's state or the reviewer does not allow; carries the
 * message key shown to the person.
 */
public class ReviewException extends RuntimeException {

	private final String messageKey;

	public ReviewException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
