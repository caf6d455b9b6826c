package org.minsheng.tracker.cycle;

/**
 * One verdict on a commitment. Labels live in the message bundles as
 * {@code cycle.verdict.<NAME>}.
 */
public enum Verdict {

	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED;

	public String messageKey() {
		return "cycle.verdict." + name();
	}

	/** The verdict with this name (any case), or null. */
	public static Verdict fromParameter(String value) {
		for (Verdict verdict : values()) {
			if (verdict.name().equalsIgnoreCase(value)) {
				return verdict;
			}
		}
		return null;
	}

}
