package org.minsheng.tracker.funding.web;

/**
 * Funding as typed: the as-of day, the planned amount per source, spent to date and the
 * explanation (万元).
 */
public class FundingForm {

	private String asOf;

	private String city;

	private String county;

	private String provincial;

	private String central;

	private String other;

	private String spent;

	private String explanation;

	public String getAsOf() {
		return this.asOf;
	}

	public void setAsOf(String asOf) {
		this.asOf = asOf;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCounty() {
		return this.county;
	}

	public void setCounty(String county) {
		this.county = county;
	}

	public String getProvincial() {
		return this.provincial;
	}

	public void setProvincial(String provincial) {
		this.provincial = provincial;
	}

	public String getCentral() {
		return this.central;
	}

	public void setCentral(String central) {
		this.central = central;
	}

	public String getOther() {
		return this.other;
	}

	public void setOther(String other) {
		this.other = other;
	}

	public String getSpent() {
		return this.spent;
	}

	public void setSpent(String spent) {
		this.spent = spent;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

}
