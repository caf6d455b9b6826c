package org.minsheng.tracker.voice;

/**
 * A moderation step the suggestion's state does not allow; the message key explains it.
 */
public class ModerationException extends RuntimeException {

	private final String messageKey;

	public ModerationException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
