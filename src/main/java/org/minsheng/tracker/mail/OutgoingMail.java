package org.minsheng.tracker.mail;

/**
 * An email to queue.
 *
 * @param key what makes it unique: queued twice with the same key, it is sent once
 * @param to the recipient's address
 * @param subject the subject line
 * @param body the plain-text body
 * @param unsubscribeUrl the one-click unsubscribe address (RFC 8058), or null
 */
public record OutgoingMail(String key, String to, String subject, String body, String unsubscribeUrl) {

	public OutgoingMail {
		if (key == null || key.isBlank() || key.length() > 200) {
			throw new IllegalArgumentException("an email needs a key of 1–200 characters");
		}
		if (to == null || to.isBlank()) {
			throw new IllegalArgumentException("an email needs a recipient");
		}
		subject = (subject.length() > 300) ? subject.substring(0, 300) : subject;
	}

}
