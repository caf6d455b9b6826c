package org.minsheng.tracker.plan;

/**
 * The policy area a commitment belongs to; labels live in the message bundles as
 * {@code area.<NAME>}.
 */
public enum Area {

	HEALTH, SOCIAL_SECURITY, ELDERLY_CARE, HOUSING, FOOD_SAFETY, AGRICULTURE, CULTURE_TOURISM, SPORTS, DIGITAL,
	BUSINESS, EDUCATION, ECOLOGY, TRANSPORT;

	public String messageKey() {
		return "area." + name();
	}

	/** The area with this name, or null for anything else (a filter a visitor typed). */
	public static Area fromParameter(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (Area area : values()) {
			if (area.name().equalsIgnoreCase(value.trim())) {
				return area;
			}
		}
		return null;
	}

}
