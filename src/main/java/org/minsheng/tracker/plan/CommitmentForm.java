package org.minsheng.tracker.plan;

/**
 * A new commitment as the administrator types it: titles, area and an optional lead
 * department.
 */
public class CommitmentForm {

	private String titleZh;

	private String titleEn;

	private String area;

	private Long departmentId;

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

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

}
