package org.minsheng.tracker.cycle.web;

import java.util.regex.Pattern;

import org.minsheng.tracker.cycle.ResidentRemark;
import org.minsheng.tracker.voice.SuggestionText;
import org.springframework.validation.Errors;

/**
 * A resident's comment or objection as typed: text and optional contact details, checked
 * like a suggestion's; {@code website} is the honeypot. Comes back as typed when refused.
 */
public class RemarkForm {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,19}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private String text;

	private String contact;

	private String website;

	void check(Errors errors) {
		if (this.text == null || this.text.isBlank()) {
			errors.rejectValue("text", "cycle.remark.error.textRequired");
		}
		else if (this.text.strip().length() > ResidentRemark.MAX_TEXT) {
			errors.rejectValue("text", "cycle.remark.error.textTooLong");
		}
		else {
			SuggestionText.refusal(this.text)
				.ifPresent((key) -> errors.rejectValue("text", key.replace("voice.error.", "cycle.remark.error.")));
		}
		if (this.contact != null && !this.contact.isBlank()) {
			String typed = this.contact.strip();
			if (typed.length() > 100) {
				errors.rejectValue("contact", "cycle.remark.error.contactTooLong");
			}
			else if (!PHONE.matcher(typed).matches() && !EMAIL.matcher(typed).matches()) {
				errors.rejectValue("contact", "cycle.remark.error.contactFormat");
			}
		}
	}

	boolean isFilledInByABot() {
		return this.website != null && !this.website.isEmpty();
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getContact() {
		return this.contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
