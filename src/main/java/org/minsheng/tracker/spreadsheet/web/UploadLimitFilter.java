package org.minsheng.tracker.spreadsheet.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Reads an upload before Spring Security does. Over the multipart limit, Tomcat refuses
 * the request as soon as anything reads a parameter (the CSRF check is the first), with a
 * bare 413 page; reading it here first turns a {@link MaxUploadSizeExceededException}
 * into a redirect to the import page, which says so in the user's language. Nothing is
 * changed by that redirect; an upload Tomcat cannot read (a NUL byte in its file name) is
 * sent back the same way; every other request goes on unchanged, its parts already read.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	/** Spring Security's filter chain is at -100. */
	static final int BEFORE_SECURITY = -101;

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && this.multipart.isMultipart(request)) {
			try {
				this.multipart.resolveMultipart(request);
			}
			catch (MaxUploadSizeExceededException ex) {
				response.sendRedirect(request.getContextPath() + "/staff/import?tooLarge");
				return;
			}
			catch (MultipartException ex) {
				// a file name with a NUL byte, say: Tomcat refuses to read the upload
				response.sendRedirect(request.getContextPath() + "/staff/import?unreadable");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter() {
			FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
					new UploadLimitFilter());
			registration.addUrlPatterns("/staff/import");
			registration.setOrder(BEFORE_SECURITY);
			return registration;
		}

	}

}
