package org.minsheng.tracker.system;

/**
 * Something a visitor asked for does not exist: rendered as a 404 page in their language.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		// Numbers are shown as typed (a year is "1999", not "1,999").
		this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toArray();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
