package org.minsheng.tracker.voice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.minsheng.tracker.county.KnownCounty;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.KnownArea;
import org.minsheng.tracker.voice.Submission;
import org.minsheng.tracker.voice.Suggestion;

/**
 * The public suggestion form as typed, with its rules; each message is shown beside its
 * field and the text stays in the form. {@code website} is the honeypot: hidden from
 * people, filled in by bots.
 */
public class SuggestionForm {

	@KnownArea(message = "{voice.error.areaRequired}")
	private String area;

	@KnownCounty(message = "{voice.error.unknownCounty}")
	private String county;

	@NotBlank(message = "{voice.error.textRequired}")
	@Size(max = Suggestion.MAX_TEXT, message = "{voice.error.textTooLong}")
	private String text;

	@ContactDetails
	private String contact;

	private String website;

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getCounty() {
		return this.county;
	}

	public void setCounty(String county) {
		this.county = county;
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

	/** What was submitted, trimmed; call once the form is valid. */
	Submission toSubmission() {
		return new Submission(Area.fromParameter(this.area), blankToNull(this.county), this.text.strip(),
				blankToNull(this.contact));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	boolean isFilledInByABot() {
		return this.website != null && !this.website.isEmpty();
	}

}
