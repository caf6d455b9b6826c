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

	/**
	 * The visitor's mistake behind a failure, if any: converters of request parameters
	 * throw this exception, and Spring hands it on wrapped in a type mismatch.
	 */
	public static java.util.Optional<BadRequestException> causing(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BadRequestException badRequest) {
				return java.util.Optional.of(badRequest);
			}
		}
		return java.util.Optional.empty();
	}

}
