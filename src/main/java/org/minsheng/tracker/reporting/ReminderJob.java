package org.minsheng.tracker.reporting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues the reminders due now, every {@code portal.reminders.every}, on one instance at
 * a time.
 */
@Component
class ReminderJob {

	private final Reminders reminders;

	ReminderJob(Reminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(initialDelayString = "${portal.reminders.every}", fixedDelayString = "${portal.reminders.every}")
	@SchedulerLock(name = "reporting-reminders")
	public void remind() {
		this.reminders.queueDue();
	}

}
