package org.minsheng.tracker.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Pages know GET, HEAD and POST only: any other method (PUT, DELETE, PATCH …) is answered
 * 405 with an {@code Allow} header naming what the address does accept, before the
 * security filters (which would otherwise answer 403 for a missing CSRF token), for
 * visitors and staff alike. The API ({@code /api/v1/}) answers its own 405 problems.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class MethodNotAllowedFilter extends OncePerRequestFilter {

	static final String MESSAGE_KEY = "methodNotAllowed.message";

	/** Addresses whose POST the security filters answer (no controller maps them). */
	private static final Set<String> SIGN_IN_FORMS = Set.of(SecurityConfiguration.LOGIN_PAGE, "/staff/logout");

	private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS", "TRACE");

	private final ObjectProvider<HandlerMapping> pages;

	MethodNotAllowedFilter(@Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> pages) {
		this.pages = pages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return PAGE_METHODS.contains(request.getMethod())
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.ALLOW, String.join(", ", allowed(request)));
		request.setAttribute(PortalErrorAttributes.MESSAGE_KEY, MESSAGE_KEY);
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

	private List<String> allowed(HttpServletRequest request) {
		List<String> allowed = new ArrayList<>(List.of("GET", "HEAD"));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (SIGN_IN_FORMS.contains(path) || answers(request, "POST")) {
			allowed.add("POST");
			if (!answers(request, "GET")) {
				allowed.removeAll(List.of("GET", "HEAD"));
			}
		}
		return allowed;
	}

	/** Whether a page is mapped to this address for that method. */
	private boolean answers(HttpServletRequest request, String method) {
		HandlerMapping mapping = this.pages.getIfAvailable();
		if (mapping == null) {
			return false;
		}
		HttpServletRequest probe = new Probe(request, method);
		ServletRequestPathUtils.parseAndCache(probe);
		try {
			return mapping.getHandler(probe) != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	/**
	 * The request as if sent with another method, keeping the attributes the lookup sets
	 * to itself.
	 */
	private static final class Probe extends HttpServletRequestWrapper {

		private final String method;

		private final Map<String, Object> attributes = new HashMap<>();

		Probe(HttpServletRequest request, String method) {
			super(request);
			this.method = method;
		}

		@Override
		public String getMethod() {
			return this.method;
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.containsKey(name) ? this.attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.put(name, null);
		}

	}

}
