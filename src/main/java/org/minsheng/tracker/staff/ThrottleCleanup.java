package org.minsheng.tracker.staff;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes sign-in throttles whose last failure is forgotten (they no longer make anyone
 * wait), on one instance at a time.
 */
@Component
class ThrottleCleanup {

	private final SignInThrottles throttles;

	ThrottleCleanup(SignInThrottles throttles) {
		this.throttles = throttles;
	}

	@Scheduled(initialDelayString = "${portal.jobs.cleanup-every}", fixedDelayString = "${portal.jobs.cleanup-every}")
	@SchedulerLock(name = "sign-in-throttle-cleanup")
	public void forgetExpired() {
		this.throttles.forgetExpired();
	}

}
