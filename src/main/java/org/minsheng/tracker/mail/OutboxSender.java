package org.minsheng.tracker.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what waits in the outbox, on every instance at once without sending anything
 * twice: each batch is claimed with {@code SELECT … FOR UPDATE SKIP LOCKED}, so rows
 * another instance holds are skipped, and a row is marked sent in the same transaction
 * that holds its lock. A crash before the commit leaves the row waiting (it is sent
 * again: at least once, never lost); a failed attempt waits twice as long as the one
 * before, until {@code portal.mail.max-attempts}. Without an SMTP server configured
 * ({@link SmtpServer}) nothing is sent and the backlog grows.
 */
@Component
class OutboxSender {

	private static final Log logger = LogFactory.getLog(OutboxSender.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final SmtpServer server;

	private final MailSettings settings;

	private final Clock clock;

	OutboxSender(JdbcTemplate jdbc, PlatformTransactionManager transactions, SmtpServer server, MailSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.server = server;
		this.settings = settings;
		this.clock = clock;
	}

	private record Queued(long id, String recipient, String subject, String body, String unsubscribeUrl, int attempts) {
	}

	@Scheduled(initialDelayString = "${portal.mail.send-every}", fixedDelayString = "${portal.mail.send-every}")
	void sendWaiting() {
		JavaMailSender sender = this.server.sender().orElse(null);
		if (sender == null) {
			return;
		}
		int claimed;
		do {
			claimed = sendBatch(sender);
		}
		while (claimed == this.settings.batchSize());
	}

	/**
	 * Claims, sends and marks one batch in one transaction; returns how many it claimed.
	 */
	int sendBatch(JavaMailSender sender) {
		Integer claimed = this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			List<Queued> batch = this.jdbc.query(
					"SELECT id, recipient, subject, body, unsubscribe_url, attempts FROM mail_outbox "
							+ "WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT "
							+ this.settings.batchSize() + " FOR UPDATE SKIP LOCKED",
					(rs, row) -> new Queued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getInt(6)),
					now.atOffset(ZoneOffset.UTC));
			for (Queued mail : batch) {
				try {
					sender.send(message(sender, mail));
					this.jdbc.update("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL "
							+ "WHERE id = ?", now.atOffset(ZoneOffset.UTC), mail.id());
				}
				catch (MailException | MessagingException ex) {
					failed(mail, ex, now);
				}
			}
			return batch.size();
		});
		return (claimed != null) ? claimed : 0;
	}

	private void failed(Queued mail, Exception ex, Instant now) {
		int attempts = mail.attempts() + 1;
		String error = String.valueOf(ex.getMessage());
		error = (error.length() > 500) ? error.substring(0, 500) : error;
		if (attempts >= this.settings.maxAttempts()) {
			logger.error("Giving up email " + mail.id() + " after " + attempts + " attempts: " + error);
			this.jdbc.update("UPDATE mail_outbox SET attempts = ?, failed_at = ?, last_error = ? WHERE id = ?",
					attempts, now.atOffset(ZoneOffset.UTC), error, mail.id());
			return;
		}
		Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 12));
		logger.warn(
				"Email " + mail.id() + " not sent (attempt " + attempts + "), trying again in " + wait + ": " + error);
		this.jdbc.update("UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
				attempts, now.plus(wait).atOffset(ZoneOffset.UTC), error, mail.id());
	}

	private MimeMessage message(JavaMailSender sender, Queued mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(this.settings.from());
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		message.setHeader("Auto-Submitted", "auto-generated");
		if (mail.unsubscribeUrl() != null) {
			// RFC 2369 and RFC 8058: a mail client may unsubscribe with one POST.
			message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return message;
	}

}
