package org.minsheng.tracker.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a test sets and moves: the application reads "now" from it.
 */
public class MutableClock extends Clock {

	private volatile Instant now;

	private final ZoneId zone;

	public MutableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		MutableClock outer = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return other;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return outer.withZone(zone);
			}

			@Override
			public Instant instant() {
				return outer.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
