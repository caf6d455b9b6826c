package org.minsheng.tracker.plan;

/**
 * A new year's draft plan as the administrator types it; kept as typed so a form with
 * mistakes comes back intact.
 */
public class PlanForm {

	private String year;

	private String titleZh;

	private String titleEn;

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getTitleZh() {
		return this.titleZh;
	}

	public void setTitleZh(String titleZh) {
		this.titleZh = titleZh;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

}
