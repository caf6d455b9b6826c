package org.minsheng.tracker.follow;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes addresses whose sign-up was never confirmed, on one instance at a time.
 */
@Component
class FollowCleanup {

	private final Following following;

	FollowCleanup(Following following) {
		this.following = following;
	}

	@Scheduled(initialDelayString = "${portal.jobs.cleanup-every}", fixedDelayString = "${portal.jobs.cleanup-every}")
	@SchedulerLock(name = "follow-unconfirmed-cleanup")
	public void forgetUnconfirmed() {
		this.following.forgetUnconfirmed();
	}

}
