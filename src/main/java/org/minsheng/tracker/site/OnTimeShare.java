package org.minsheng.tracker.site;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * How many of a commitment's public problem reports were answered on time, out of those
 * whose answer is in or overdue (a report still within its time counts in neither).
 *
 * @param onTime answered by the due day
 * @param due answered, or past the due day without an answer
 */
public record OnTimeShare(int onTime, int due) {

	static OnTimeShare of(List<SiteProblem> published, LocalDate today, ZoneId zone) {
		int onTime = 0;
		int due = 0;
		for (SiteProblem problem : published) {
			if (problem.getReply() != null || problem.isOverdue(today)) {
				due++;
				if (problem.answeredOnTime(zone)) {
					onTime++;
				}
			}
		}
		return new OnTimeShare(onTime, due);
	}

	public boolean hasAny() {
		return this.due > 0;
	}

	/** The share in whole per cent. */
	public String percent() {
		return (this.due == 0) ? "" : String.valueOf(Math.round(100.0 * this.onTime / this.due));
	}

	public String onTimeText() {
		return String.valueOf(this.onTime);
	}

	public String dueText() {
		return String.valueOf(this.due);
	}

}
