package org.minsheng.tracker.watch;

/**
 * A watch-list step that the entry's state does not allow; carries the message key shown
 * to the person. Nothing is changed.
 */
public class WatchException extends RuntimeException {

	private final String messageKey;

	public WatchException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
