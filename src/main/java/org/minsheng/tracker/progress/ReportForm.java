package org.minsheng.tracker.progress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an editor types into the report form, as typed: every field is text until the
 * rules have checked it, so bad input can be shown back with a message and nothing is
 * lost.
 */
public class ReportForm {

	private Long indicatorId;

	private String value;

	private boolean valueIsLowerBound;

	private Boolean taskDone;

	private String asOf;

	private String note;

	private String evidenceUrl;

	private String correctionReason;

	private String breakdownNote;

	private boolean confirmLarge;

	private Map<String, String> counties = new LinkedHashMap<>();

	private Long version;

	public Long getIndicatorId() {
		return this.indicatorId;
	}

	public void setIndicatorId(Long indicatorId) {
		this.indicatorId = indicatorId;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public boolean isValueIsLowerBound() {
		return this.valueIsLowerBound;
	}

	public void setValueIsLowerBound(boolean valueIsLowerBound) {
		this.valueIsLowerBound = valueIsLowerBound;
	}

	public Boolean getTaskDone() {
		return this.taskDone;
	}

	public void setTaskDone(Boolean taskDone) {
		this.taskDone = taskDone;
	}

	public String getAsOf() {
		return this.asOf;
	}

	public void setAsOf(String asOf) {
		this.asOf = asOf;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getEvidenceUrl() {
		return this.evidenceUrl;
	}

	public void setEvidenceUrl(String evidenceUrl) {
		this.evidenceUrl = evidenceUrl;
	}

	public String getCorrectionReason() {
		return this.correctionReason;
	}

	public void setCorrectionReason(String correctionReason) {
		this.correctionReason = correctionReason;
	}

	public String getBreakdownNote() {
		return this.breakdownNote;
	}

	public void setBreakdownNote(String breakdownNote) {
		this.breakdownNote = breakdownNote;
	}

	public boolean isConfirmLarge() {
		return this.confirmLarge;
	}

	public void setConfirmLarge(boolean confirmLarge) {
		this.confirmLarge = confirmLarge;
	}

	public Map<String, String> getCounties() {
		return this.counties;
	}

	public void setCounties(Map<String, String> counties) {
		this.counties = counties;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** What the form asks to file. */
	public ReportFiling toFiling() {
		return new ReportFiling(this.indicatorId, this.value, this.valueIsLowerBound, this.taskDone, this.asOf,
				this.note, this.evidenceUrl, this.correctionReason, this.breakdownNote, this.confirmLarge,
				this.counties, this.version);
	}

}
