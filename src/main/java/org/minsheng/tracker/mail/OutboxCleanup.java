package org.minsheng.tracker.mail;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes sent (and given-up) emails after {@code portal.mail.keep-sent-days}, so no
 * address is kept longer than needed; once a day, on one instance.
 */
@Component
class OutboxCleanup {

	private final MailOutbox outbox;

	private final MailSettings settings;

	private final Clock clock;

	OutboxCleanup(MailOutbox outbox, MailSettings settings, Clock clock) {
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${portal.jobs.cleanup-every}", fixedDelayString = "${portal.jobs.cleanup-every}")
	@SchedulerLock(name = "mail-outbox-cleanup")
	public void deleteOldSentMail() {
		this.outbox.deleteSentBefore(this.clock.instant().minus(Duration.ofDays(this.settings.keepSentDays())));
	}

}
