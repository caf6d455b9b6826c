package org.minsheng.tracker.watch.web;

/**
 * A commitment to put on the watch list, as typed.
 */
public class WatchForm {

	private String year;

	private String number;

	private String reason;

	private String deadline;

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getDeadline() {
		return this.deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

}
