package org.minsheng.tracker.site;

/**
 * Where a site stands. Labels live in the message bundles as {@code site.state.<NAME>}.
 */
public enum SiteState {

	PLANNED, UNDER_CONSTRUCTION, IN_SERVICE, OUT_OF_SERVICE;

	public String messageKey() {
		return "sites.state." + name();
	}

	/**
	 * The state named by a form or spreadsheet value (its name, in any case), or null.
	 */
	public static SiteState fromParameter(String value) {
		if (value == null) {
			return null;
		}
		for (SiteState state : values()) {
			if (state.name().equalsIgnoreCase(value.strip())) {
				return state;
			}
		}
		return null;
	}

}
