package org.minsheng.tracker.pace;

/**
 * A step on milestones that their state or the person does not allow; carries the message
 * key shown to the person. Nothing is changed.
 */
public class PaceException extends RuntimeException {

	private final String messageKey;

	public PaceException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
