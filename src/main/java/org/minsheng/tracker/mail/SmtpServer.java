package org.minsheng.tracker.mail;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP server emails leave through, when one is configured: {@code spring.mail.host}
 * ({@code SPRING_MAIL_HOST}), read on every use. Spring Boot defines its mail sender only
 * when the host is set, but the production start's bean definitions are generated when
 * the jar is built (Spring AOT, with a host: docs/startup.md), so there the sender exists
 * whether a host is set or not. The host decides here, in both starts: without one,
 * emails wait in the outbox.
 */
@Component
class SmtpServer {

	static final String HOST = "spring.mail.host";

	private final ObjectProvider<JavaMailSender> senders;

	private final Environment environment;

	SmtpServer(ObjectProvider<JavaMailSender> senders, Environment environment) {
		this.senders = senders;
		this.environment = environment;
	}

	/** The sender, when a host is set. */
	Optional<JavaMailSender> sender() {
		if (!StringUtils.hasText(this.environment.getProperty(HOST))) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.senders.getIfAvailable());
	}

}
