package org.minsheng.tracker.site;

/**
 * What a resident reports at a site. Labels live in the message bundles as
 * {@code site.problem.category.<NAME>}.
 */
public enum ProblemCategory {

	MISSING, BROKEN, CLOSED, UNSAFE, OTHER;

	/**
	 * A problem that makes the site a danger or useless: shown at the top of its page
	 * while open.
	 */
	public boolean isUrgent() {
		return this == BROKEN || this == UNSAFE;
	}

	public String messageKey() {
		return "sites.problem.category." + name();
	}

	public static ProblemCategory fromParameter(String value) {
		for (ProblemCategory category : values()) {
			if (category.name().equals(value)) {
				return category;
			}
		}
		return null;
	}

}
