package org.minsheng.tracker.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.display.SeniorMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps rendered public pages in memory, keyed by the database's {@link PublicRevision},
 * the page address, the language, the seniors' mode and the city's date. Each request
 * reads the revision (one small query), so an approval on any instance makes every
 * instance render afresh: the cache is never stale and no instance depends on another.
 * Runs after the security filters, so every response still carries the security headers.
 */
@Component
class PublicPageCache extends OncePerRequestFilter {

	private static final String[] CACHED_PREFIXES = { "/plans/", "/counties/", "/sources/" };

	/** Downloads and feeds are built on each request and never kept in memory. */
	private static final String[] UNCACHED_SUFFIXES = { ".csv", ".xlsx", ".pdf", ".atom" };

	private final PublicRevision revision;

	private final LocaleResolver locales;

	private final Clock clock;

	private final Cache<PageKey, RenderedPage> pages;

	PublicPageCache(PublicRevision revision, LocaleResolver locales, Clock clock,
			@Value("${portal.page-cache.max-megabytes:64}") long maxMegabytes) {
		this.revision = revision;
		this.locales = locales;
		this.clock = clock;
		// Bounded by bytes, not entries: any query string makes a new key, so a visitor
		// varying
		// it can only churn the cache, never grow the heap past this.
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxMegabytes * 1024 * 1024)
			.weigher((PageKey key, RenderedPage page) -> page.body().length)
			.expireAfterAccess(Duration.ofMinutes(30))
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String suffix : UNCACHED_SUFFIXES) {
			if (path.endsWith(suffix)) {
				return true;
			}
		}
		for (String prefix : CACHED_PREFIXES) {
			if (path.startsWith(prefix)) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageKey key = new PageKey(this.revision.current(), request.getRequestURI(), request.getQueryString(),
				this.locales.resolveLocale(request), SeniorMode.isOn(request), LocalDate.now(this.clock));
		RenderedPage cached = this.pages.getIfPresent(key);
		if (cached != null) {
			cached.writeTo(response);
			return;
		}
		ContentCachingResponseWrapper capturing = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capturing);
		if (capturing.getStatus() == HttpServletResponse.SC_OK && !capturing.containsHeader(HttpHeaders.SET_COOKIE)
				&& capturing.getContentType() != null) {
			this.pages.put(key, new RenderedPage(capturing.getContentType(),
					capturing.getHeader(HttpHeaders.CONTENT_LANGUAGE), capturing.getContentAsByteArray()));
		}
		capturing.copyBodyToResponse();
	}

	private record PageKey(long revision, String path, String query, Locale locale, boolean senior, LocalDate day) {
	}

	private record RenderedPage(String contentType, String contentLanguage, byte[] body) {

		void writeTo(HttpServletResponse response) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(this.contentType);
			if (this.contentLanguage != null) {
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, this.contentLanguage);
			}
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
