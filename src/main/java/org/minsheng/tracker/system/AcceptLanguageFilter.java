package org.minsheng.tracker.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An {@code Accept-Language} header longer than any browser sends (more languages than
 * the server parses, or garbage) is cut to its first language instead of failing the
 * request: the servlet container refuses to read more than ten languages with an
 * exception, which would otherwise be a 500 on every page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AcceptLanguageFilter extends OncePerRequestFilter {

	/** Longer than any browser's header: the language list is then read no further. */
	static final int MAX_LENGTH = 200;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header != null && (header.length() > MAX_LENGTH || header.chars().filter((c) -> c == ',').count() >= 9)) {
			chain.doFilter(new FirstLanguageOnly(request, firstLanguage(header)), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static Locale firstLanguage(String header) {
		String first = header.split("[,;]", 2)[0].strip();
		Locale locale = Locale.forLanguageTag(first);
		return locale.getLanguage().isEmpty() ? SupportedLanguages.CHINESE : locale;
	}

	private static final class FirstLanguageOnly extends HttpServletRequestWrapper {

		private final Locale locale;

		FirstLanguageOnly(HttpServletRequest request, Locale locale) {
			super(request);
			this.locale = locale;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name) ? this.locale.toLanguageTag()
					: super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name)
					? Collections.enumeration(java.util.List.of(this.locale.toLanguageTag())) : super.getHeaders(name);
		}

		@Override
		public Locale getLocale() {
			return this.locale;
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(java.util.List.of(this.locale));
		}

	}

}
