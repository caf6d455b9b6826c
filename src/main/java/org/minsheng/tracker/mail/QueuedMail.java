package org.minsheng.tracker.mail;

import java.time.Instant;

/**
 * An email in the outbox as administrators see it: the address masked.
 *
 * @param id the row
 * @param maskedRecipient the recipient with most of the local part hidden
 * @param subject the subject line
 * @param createdAt when it was queued
 * @param attempts attempts so far
 * @param nextAttemptAt when the next attempt is due (waiting emails)
 * @param failedAt when it was given up, or null
 * @param lastError the last attempt's error, or null
 */
public record QueuedMail(long id, String maskedRecipient, String subject, Instant createdAt, int attempts,
		Instant nextAttemptAt, Instant failedAt, String lastError) {

	/** "a***@example.com": the first character and the domain. */
	static String mask(String address) {
		int at = address.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return address.charAt(0) + "***" + address.substring(at);
	}

}
