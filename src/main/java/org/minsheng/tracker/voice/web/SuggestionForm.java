package org.minsheng.tracker.voice.web;

/**
 * The public suggestion form as typed. {@code website} is the honeypot: hidden from
 * people, filled in by bots.
 */
public class SuggestionForm {

	private String area;

	private String county;

	private String text;

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

	boolean isFilledInByABot() {
		return this.website != null && !this.website.isEmpty();
	}

}
