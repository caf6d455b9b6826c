package org.minsheng.tracker.watch;

import java.time.Instant;
import java.time.LocalDate;

import org.minsheng.tracker.system.LocalizedText;

/**
 * A commitment on the watch list as everyone may read it.
 *
 * @param id the entry
 * @param year the plan's year
 * @param number the commitment's number
 * @param title the commitment's title
 * @param reason why it is watched
 * @param deadline by when it should be back on track
 * @param placedAt when it was put on the list
 * @param liftedAt when it was lifted, or null while watched
 * @param liftNote what the office said when lifting it, or null
 * @param version for staff decisions
 */
public record Watched(Long id, int year, int number, LocalizedText title, String reason, LocalDate deadline,
		Instant placedAt, Instant liftedAt, String liftNote, long version) {

	public boolean isLifted() {
		return this.liftedAt != null;
	}

}
