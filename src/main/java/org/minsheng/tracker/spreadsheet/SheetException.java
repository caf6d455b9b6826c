package org.minsheng.tracker.spreadsheet;

import java.util.Arrays;

/**
 * The file as a whole cannot be read: broken, wrong header, too big, wrong encoding. The
 * message key and its arguments explain it in the user's language.
 */
public class SheetException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public SheetException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = Arrays.stream(arguments).map(String::valueOf).toArray();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
