package org.minsheng.tracker.system;

import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * {@code ?lang=en} or {@code ?lang=zh} switches the language and a cookie remembers it:
 * no server session, so any instance can serve the next request.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver(COOKIE);
		resolver.setDefaultLocale(SupportedLanguages.CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		// a forged or garbled cookie falls back to the default language instead of a 500
		resolver.setRejectInvalidCookies(false);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Keeps only the languages the portal has text for. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(String cookieName) {
			super(cookieName);
		}

		/**
		 * Lazy, like the parent's: a {@code ?lang=} switch later in the same request is
		 * seen by everything that asks for the locale afterwards (formatters included).
		 */
		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			LocaleContext resolved = super.resolveLocaleContext(request);
			return new TimeZoneAwareLocaleContext() {

				@Override
				public Locale getLocale() {
					return SupportedLanguages.closest(resolved.getLocale());
				}

				@Override
				public TimeZone getTimeZone() {
					return (resolved instanceof TimeZoneAwareLocaleContext aware) ? aware.getTimeZone() : null;
				}

			};
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, (locale != null) ? SupportedLanguages.closest(locale) : null);
		}

	}

}
