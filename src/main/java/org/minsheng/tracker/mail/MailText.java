package org.minsheng.tracker.mail;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Email texts from the message bundles: in one language (a resident's), or in Chinese
 * then English (staff, whose language the portal does not know).
 */
@Component
public class MailText {

	/** Between the Chinese and the English text of a bilingual email. */
	static final String SEPARATOR = "\n\n----------------------------------------\n\n";

	private final MessageSource messages;

	MailText(MessageSource messages) {
		this.messages = messages;
	}

	public String in(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** A text written in Chinese, then in English. */
	public String bilingual(Function<Locale, String> text) {
		return text.apply(Locale.SIMPLIFIED_CHINESE) + SEPARATOR + text.apply(Locale.ENGLISH);
	}

	/** A subject line in both languages. */
	public String bilingualSubject(Function<Locale, String> text) {
		return text.apply(Locale.SIMPLIFIED_CHINESE) + " / " + text.apply(Locale.ENGLISH);
	}

}
