package org.minsheng.tracker.cycle.web;

import java.util.ArrayList;
import java.util.List;

import org.minsheng.tracker.cycle.CandidateInput;
import org.minsheng.tracker.cycle.CandidateRules;
import org.minsheng.tracker.system.InvalidInputException;

/**
 * A new candidate as staff typed it; comes back as typed when refused.
 */
public class CandidateForm {

	private String title;

	private String titleEn;

	private String description;

	private String area;

	private Long leadDepartmentId;

	private String estimatedCost;

	private List<String> counties = new ArrayList<>();

	private String suggestions;

	private String indicators;

	CandidateInput toInput(InvalidInputException.Collector problems) {
		return CandidateRules.read(this.title, this.titleEn, this.description, this.area, this.leadDepartmentId,
				this.estimatedCost, this.counties, this.suggestions, this.indicators, problems);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public Long getLeadDepartmentId() {
		return this.leadDepartmentId;
	}

	public void setLeadDepartmentId(Long leadDepartmentId) {
		this.leadDepartmentId = leadDepartmentId;
	}

	public String getEstimatedCost() {
		return this.estimatedCost;
	}

	public void setEstimatedCost(String estimatedCost) {
		this.estimatedCost = estimatedCost;
	}

	public List<String> getCounties() {
		return this.counties;
	}

	public void setCounties(List<String> counties) {
		this.counties = counties;
	}

	public String getSuggestions() {
		return this.suggestions;
	}

	public void setSuggestions(String suggestions) {
		this.suggestions = suggestions;
	}

	public String getIndicators() {
		return this.indicators;
	}

	public void setIndicators(String indicators) {
		this.indicators = indicators;
	}

}
