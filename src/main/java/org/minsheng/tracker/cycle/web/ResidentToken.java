package org.minsheng.tracker.cycle.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The random token a resident's browser keeps in a cookie, so one person supports a
 * candidate or rates a commitment once. A cookie of any other shape counts as none.
 */
record ResidentToken(String value) {

	static final String COOKIE = "ms_resident";

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32,64}");

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The request's token, or null. */
	static ResidentToken of(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
					&& SHAPE.matcher(cookie.getValue()).matches()) {
				return new ResidentToken(cookie.getValue());
			}
		}
		return null;
	}

	/** The request's token, or a new one set on the response. */
	static ResidentToken ensure(HttpServletRequest request, HttpServletResponse response) {
		ResidentToken token = of(request);
		if (token != null) {
			return token;
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		ResidentToken fresh = new ResidentToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
		response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(COOKIE, fresh.value)
					.httpOnly(true)
					.sameSite("Lax")
					.secure(request.isSecure())
					.path("/")
					.maxAge(Duration.ofDays(400))
					.build()
					.toString());
		return fresh;
	}

}
