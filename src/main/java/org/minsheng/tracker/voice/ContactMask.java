package org.minsheng.tracker.voice;

/**
 * Masks contact details for staff who do not need them: a phone number keeps its first
 * three and last four digits (138****5678), an e-mail address its first letter and its
 * domain (a***@example.com), anything else its first character.
 */
public final class ContactMask {

	private ContactMask() {
	}

	public static String mask(String contact) {
		if (contact == null || contact.isBlank()) {
			return null;
		}
		String value = contact.strip();
		int at = value.indexOf('@');
		if (at > 0) {
			return value.charAt(0) + "***" + value.substring(at);
		}
		String digits = value.replaceAll("\\D", "");
		if (digits.length() >= 8) {
			return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
		}
		return value.charAt(0) + "***";
	}

}
