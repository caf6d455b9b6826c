package org.minsheng.tracker.voice.web;

import java.util.List;
import java.util.regex.Pattern;

import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.voice.Submission;
import org.minsheng.tracker.voice.Suggestion;
import org.springframework.validation.Errors;

/**
 * Checks the suggestion form field by field; each error is a message key shown beside the
 * field, and the text stays in the form.
 */
final class SuggestionRules {

	static final int MAX_CONTACT = 100;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,19}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private SuggestionRules() {
	}

	/** The checked submission, or null when {@code errors} has something to say. */
	static Submission check(SuggestionForm form, List<String> countyCodes, Errors errors) {
		Area area = Area.fromParameter(form.getArea());
		if (area == null) {
			errors.rejectValue("area", "voice.error.areaRequired");
		}
		String county = blankToNull(form.getCounty());
		if (county != null && !countyCodes.contains(county)) {
			errors.rejectValue("county", "voice.error.unknownCounty");
		}
		String text = (form.getText() != null) ? form.getText().strip() : "";
		if (text.isEmpty()) {
			errors.rejectValue("text", "voice.error.textRequired");
		}
		else if (text.length() > Suggestion.MAX_TEXT) {
			errors.rejectValue("text", "voice.error.textTooLong", new Object[] { Suggestion.MAX_TEXT }, null);
		}
		String contact = blankToNull(form.getContact());
		if (contact != null && contact.length() > MAX_CONTACT) {
			errors.rejectValue("contact", "voice.error.contactTooLong", new Object[] { MAX_CONTACT }, null);
		}
		else if (contact != null && !PHONE.matcher(contact).matches() && !EMAIL.matcher(contact).matches()) {
			errors.rejectValue("contact", "voice.error.contactFormat");
		}
		return errors.hasErrors() ? null : new Submission(area, county, text, contact);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
