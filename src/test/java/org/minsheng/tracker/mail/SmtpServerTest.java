package org.minsheng.tracker.mail;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host decides whether emails leave, whether or not a sender was defined: the
 * production start defines one when the jar is built (Spring AOT), with or without a host
 * at run time.
 */
class SmtpServerTest {

	private static SmtpServer server(String host, boolean senderDefined) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (senderDefined) {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost(host);
			sender.setPort(1);
			beans.addBean("mailSender", sender);
		}
		MockEnvironment environment = new MockEnvironment();
		if (host != null) {
			environment.setProperty("spring.mail.host", host);
		}
		return new SmtpServer(beans.getBeanProvider(JavaMailSender.class), environment);
	}

	@Test
	void withoutAHostNothingIsSentEvenWhenASenderIsDefined() {
		assertThat(server(null, true).sender()).isEmpty();
		assertThat(server(" ", true).sender()).isEmpty();
		assertThat(server(null, false).sender()).isEmpty();
	}

	@Test
	void withAHostTheDefinedSenderIsUsed() {
		assertThat(server("127.0.0.1", true).sender()).isPresent();
		assertThat(server("127.0.0.1", false).sender()).as("a plain start without Boot's sender").isEmpty();
	}

	@Test
	void theHealthIsUnknownWithoutAHostAndDownWhenTheServerCannotBeReached() {
		assertThat(new SmtpHealth(server(null, true)).health().getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(new SmtpHealth(server("127.0.0.1", true)).health().getStatus()).as("nothing listens on port 1")
			.isEqualTo(Status.DOWN);
	}

}
