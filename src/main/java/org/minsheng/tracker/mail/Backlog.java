package org.minsheng.tracker.mail;

import java.time.Duration;

/**
 * Emails waiting in the outbox, and how long the oldest has waited; emails given up after
 * their last attempt are counted apart.
 *
 * @param waiting emails not sent yet
 * @param oldestAge how long the oldest of them has waited (zero when none)
 * @param failed emails given up
 */
public record Backlog(long waiting, Duration oldestAge, long failed) {

	/** Whether anything waits or failed. */
	public boolean isEmpty() {
		return this.waiting == 0 && this.failed == 0;
	}

}
