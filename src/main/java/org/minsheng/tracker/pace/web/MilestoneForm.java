package org.minsheng.tracker.pace.web;

/**
 * Milestones as typed (one per line) and, for a published plan, the reason for the
 * change.
 */
public class MilestoneForm {

	private String lines;

	private String reason;

	public String getLines() {
		return this.lines;
	}

	public void setLines(String lines) {
		this.lines = lines;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
