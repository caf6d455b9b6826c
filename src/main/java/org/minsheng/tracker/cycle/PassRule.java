package org.minsheng.tracker.cycle;

/**
 * When a candidate passes the delegates' vote: more "for" votes than half of all seated
 * delegates (the usual rule of 票决制), or than half of those present. Labels live in the
 * message bundles as {@code cycle.rule.<NAME>}.
 */
public enum PassRule {

	MAJORITY_OF_SEATED, MAJORITY_OF_PRESENT;

	/** Whether this many "for" votes pass. */
	public boolean passes(int votesFor, int seated, int present) {
		int base = (this == MAJORITY_OF_SEATED) ? seated : present;
		return 2L * votesFor > base;
	}

	/** The fewest "for" votes that pass. */
	public int threshold(int seated, int present) {
		int base = (this == MAJORITY_OF_SEATED) ? seated : present;
		return base / 2 + 1;
	}

	public String messageKey() {
		return "cycle.rule." + name();
	}

	/** The rule with this name, or null. */
	public static PassRule fromParameter(String value) {
		for (PassRule rule : values()) {
			if (rule.name().equals(value)) {
				return rule;
			}
		}
		return null;
	}

}
