package org.minsheng.tracker.funding;

/**
 * A funding step that the report's state or the person does not allow; carries the
 * message key shown to the person. Nothing is changed.
 */
public class FundingException extends RuntimeException {

	private final String messageKey;

	public FundingException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
