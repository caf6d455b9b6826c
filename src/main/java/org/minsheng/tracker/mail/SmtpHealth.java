package org.minsheng.tracker.mail;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mail.health.MailHealthIndicator;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail health check ({@code mailHealthContributor}, in place of Spring Boot's, which
 * exists only when its sender does): Spring Boot's connection test to the SMTP server
 * when a host is set ({@link SmtpServer}), and "unknown" without one (emails wait in the
 * outbox; the overall health is not made DOWN by a server nobody configured).
 */
class SmtpHealth implements HealthIndicator {

	private final SmtpServer server;

	SmtpHealth(SmtpServer server) {
		this.server = server;
	}

	@Override
	public Health health() {
		JavaMailSender sender = this.server.sender().orElse(null);
		if (sender == null) {
			return Health.unknown().withDetail("host", "not set: emails wait in the outbox").build();
		}
		return (sender instanceof JavaMailSenderImpl impl) ? new MailHealthIndicator(impl).health()
				: Health.unknown().withDetail("sender", "cannot be tested").build();
	}

}
