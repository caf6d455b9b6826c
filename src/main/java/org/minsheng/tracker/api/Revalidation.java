package org.minsheng.tracker.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.system.PublicRevision;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * ETag and Last-Modified for API documents, from the database's public revision: a client
 * or cache that revalidates gets a 304 until public data changes (or the day does, since
 * statuses are judged against the share of the year elapsed).
 */
@Component
class Revalidation {

	static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	private final PublicRevision revision;

	private final Clock clock;

	Revalidation(PublicRevision revision, Clock clock) {
		this.revision = revision;
		this.clock = clock;
	}

	/**
	 * Builds the document and answers it, or null once a 304 has been set.
	 */
	<T> T answer(ServletWebRequest request, Supplier<T> document) {
		PublicRevision.State state = this.revision.state();
		T body = document.get();
		request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL.getHeaderValue());
		request.getResponse().addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		if (request.checkNotModified(etag(state, request.getRequest()), state.changedAt().toEpochMilli())) {
			return null;
		}
		return body;
	}

	private String etag(PublicRevision.State state, HttpServletRequest request) {
		String key = state.revision() + "|" + request.getRequestURI() + "|" + request.getQueryString() + "|"
				+ ApiLanguage.of(request).toLanguageTag() + "|" + LocalDate.now(this.clock);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
