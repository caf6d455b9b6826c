package org.minsheng.tracker.site;

/** An upload that is not a photo we can store; carries the message key telling why. */
public class PhotoRefusedException extends RuntimeException {

	private final String messageKey;

	public PhotoRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
