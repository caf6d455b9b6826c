package org.minsheng.tracker.cycle;

/**
 * A step of the cycle that its current state does not allow (screening a candidate twice,
 * voting on one that is not on the ballot): nothing changes, and the page says why.
 */
public class CycleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public CycleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toArray();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
