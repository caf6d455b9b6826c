package org.minsheng.tracker.site.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Reads the sites' uploads (a photo, a sheet) before Spring Security does: over the
 * multipart limit, or unreadable, the request goes back to its page with
 * {@code ?tooLarge} (said in the visitor's language there) instead of Tomcat's bare 413
 * page. Nothing is changed; every other request goes on unchanged, its parts already
 * read.
 */
class SiteUploadLimitFilter extends OncePerRequestFilter {

	private static final Pattern SITE = Pattern.compile("/sites/(\\d+)/problems");

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && this.multipart.isMultipart(request)) {
			try {
				this.multipart.resolveMultipart(request);
			}
			catch (MultipartException ex) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				Matcher site = SITE.matcher(path);
				String back = site.matches() ? "/sites/" + site.group(1) + "?tooLarge" : "/staff/sites?tooLarge";
				response.sendRedirect(request.getContextPath() + back);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Spring Security's filter chain is at -100. */
		static final int BEFORE_SECURITY = -101;

		@Bean
		FilterRegistrationBean<SiteUploadLimitFilter> siteUploadLimitFilter() {
			FilterRegistrationBean<SiteUploadLimitFilter> registration = new FilterRegistrationBean<>(
					new SiteUploadLimitFilter());
			registration.addUrlPatterns("/sites/*", "/staff/sites/*");
			registration.setOrder(BEFORE_SECURITY);
			return registration;
		}

	}

}
