package org.minsheng.tracker.system;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's bundle message source with one change: every lookup of a message with
 * arguments gets its own copy of the parsed {@link MessageFormat}. The parent caches one
 * instance per message and language and formats under a lock on it, so every request
 * rendering the same message waited for the others (issue 11 saw 10 of 14 busy threads
 * blocked on one). A clone costs a few small objects; parsing stays cached.
 */
class UncontendedMessageSource extends ResourceBundleMessageSource {

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		MessageFormat shared = super.resolveCode(code, locale);
		return (shared != null) ? (MessageFormat) shared.clone() : null;
	}

}
