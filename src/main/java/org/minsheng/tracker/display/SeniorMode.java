package org.minsheng.tracker.display;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The seniors' mode (长辈模式): larger type, more line spacing, higher contrast and simpler
 * pages. A cookie remembers the choice, so it needs no session and no JavaScript.
 */
public final class SeniorMode {

	/** The cookie that remembers the choice. */
	public static final String COOKIE = "senior";

	static final String ON = "on";

	private SeniorMode() {
	}

	/** Whether this request asks for the seniors' mode. */
	public static boolean isOn(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return ON.equals(cookie.getValue());
			}
		}
		return false;
	}

}
