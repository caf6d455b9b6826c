package org.minsheng.tracker.mail;

import java.net.URI;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Email settings ({@code portal.mail.*}, e.g. {@code PORTAL_MAIL_FROM}); the SMTP server
 * itself is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, …). Without
 * {@code spring.mail.host} emails wait in the outbox.
 *
 * @param from the sender address of every email
 * @param siteUrl the portal's public address, for links in emails (sent outside any
 * request)
 * @param batchSize emails one instance claims at a time
 * @param maxAttempts attempts before an email is given up (each waits twice as long)
 * @param keepSentDays days a sent email (and so its address) is kept, then deleted
 */
@Validated
@ConfigurationProperties("portal.mail")
public record MailSettings(@NotBlank @Email String from, @NotNull URI siteUrl, @Min(1) @Max(500) int batchSize,
		@Min(1) @Max(20) int maxAttempts, @Min(0) @Max(365) int keepSentDays) {

	/** An absolute link to a path of the portal. */
	public String link(String path) {
		String root = this.siteUrl.toString();
		return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
	}

}
