package org.minsheng.tracker.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The outbox backlog as metrics: {@code portal.outbox.backlog} (emails waiting),
 * {@code portal.outbox.oldest.age} (seconds the oldest has waited) and
 * {@code portal.outbox.failed} (emails given up). Read from the database at each scrape,
 * so every instance reports the shared outbox.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final MailOutbox outbox;

	OutboxMetrics(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("portal.outbox.backlog", this.outbox, (o) -> o.backlog().waiting())
			.description("Emails waiting in the outbox")
			.strongReference(true)
			.register(registry);
		Gauge.builder("portal.outbox.oldest.age", this.outbox, (o) -> o.backlog().oldestAge().toSeconds())
			.description("Seconds the oldest waiting email has waited")
			.baseUnit("seconds")
			.strongReference(true)
			.register(registry);
		Gauge.builder("portal.outbox.failed", this.outbox, (o) -> o.backlog().failed())
			.description("Emails given up after their last attempt")
			.strongReference(true)
			.register(registry);
	}

}
