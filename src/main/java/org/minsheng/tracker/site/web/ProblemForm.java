package org.minsheng.tracker.site.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.minsheng.tracker.site.Photo;
import org.minsheng.tracker.site.ProblemCategory;
import org.minsheng.tracker.site.ProblemReport;
import org.minsheng.tracker.site.SiteProblem;

/**
 * A resident's problem report as typed, with its rules; each message is shown beside its
 * field and the text stays in the form. {@code website} is the honeypot: hidden from
 * people, filled in by bots.
 */
public class ProblemForm {

	@NotBlank(message = "{sites.problem.error.categoryRequired}")
	private String category;

	@NotBlank(message = "{sites.problem.error.textRequired}")
	@Size(max = SiteProblem.MAX_TEXT, message = "{sites.problem.error.textTooLong}")
	private String text;

	@Contact
	private String contact;

	private String website;

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
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

	boolean isFilledInByABot() {
		return this.website != null && !this.website.isEmpty();
	}

	/** What was sent, trimmed; call once the form is valid. */
	ProblemReport toReport(Photo photo) {
		return new ProblemReport(ProblemCategory.fromParameter(this.category), this.text.strip(),
				(this.contact == null || this.contact.isBlank()) ? null : this.contact.strip(), photo);
	}

}
