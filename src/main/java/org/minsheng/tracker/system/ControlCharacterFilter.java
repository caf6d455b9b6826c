package org.minsheng.tracker.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 page that says why, any request whose address or form fields carry
 * a control character ({@link ControlCharacters}): further in they end as database errors
 * or misleading messages. The API ({@code /api/v1/}) refuses them itself, as a problem
 * document like its other errors. Uploaded files are checked by the import itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ControlCharacterFilter extends OncePerRequestFilter {

	static final String MESSAGE_KEY = ControlCharacters.MESSAGE_KEY;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ControlCharacters.in(request)) {
			request.setAttribute(PortalErrorAttributes.MESSAGE_KEY, MESSAGE_KEY);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

}
