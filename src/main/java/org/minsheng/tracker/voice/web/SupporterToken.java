package org.minsheng.tracker.voice.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import org.springframework.http.ResponseCookie;

/**
 * The random token a supporter's browser keeps in a cookie, so one person supports a
 * suggestion once. A cookie of any other shape counts as none.
 */
record SupporterToken(String value) {

	static final String COOKIE = "ms_supporter";

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32,64}");

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The cookie's token, or null when it has not the shape of one. */
	static SupporterToken parse(String cookie) {
		return SHAPE.matcher(cookie).matches() ? new SupporterToken(cookie) : null;
	}

	static SupporterToken next() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new SupporterToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** The cookie that keeps it: for the suggestion pages only, unreadable by scripts. */
	ResponseCookie cookie(boolean secure) {
		return ResponseCookie.from(COOKIE, this.value)
			.httpOnly(true)
			.sameSite("Lax")
			.secure(secure)
			.path("/suggestions")
			.maxAge(Duration.ofDays(400))
			.build();
	}

}
