package org.minsheng.tracker.mail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds and validates {@link MailSettings}, and checks the SMTP server's health
 * ({@link SmtpHealth}, under Spring Boot's bean name, so that Boot's own check is not
 * added beside it).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

	@Bean
	HealthIndicator mailHealthContributor(SmtpServer server) {
		return new SmtpHealth(server);
	}

}
