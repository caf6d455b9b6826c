package org.minsheng.tracker.api;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.system.SupportedLanguages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.WebUtils;

/**
 * The language of an API answer: the visitor's choice ({@code ?lang=} or the {@code lang}
 * cookie) if made, else {@code Accept-Language}, else Chinese.
 */
final class ApiLanguage {

	private ApiLanguage() {
	}

	static Locale of(HttpServletRequest request) {
		if (request.getParameter("lang") != null || WebUtils.getCookie(request, "lang") != null) {
			return SupportedLanguages.closest(LocaleContextHolder.getLocale());
		}
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			return SupportedLanguages.closest(request.getLocale());
		}
		return SupportedLanguages.CHINESE;
	}

}
