package org.minsheng.tracker.site;

/**
 * A step the state of a site or a problem report does not allow; carries the message key.
 */
public class SiteReviewException extends RuntimeException {

	private final String messageKey;

	public SiteReviewException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
