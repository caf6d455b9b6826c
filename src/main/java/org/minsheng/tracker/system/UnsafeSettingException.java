package org.minsheng.tracker.system;

/**
 * The {@code prod} profile refuses to start with a setting that is unsafe in production.
 * {@link UnsafeSettingFailureAnalyzer} prints it as one line naming the variable to set.
 */
public class UnsafeSettingException extends RuntimeException {

	private final String variable;

	public UnsafeSettingException(String variable, String problem) {
		super(problem + ": set " + variable);
		this.variable = variable;
	}

	/** The environment variable that makes the start safe. */
	public String variable() {
		return this.variable;
	}

}
