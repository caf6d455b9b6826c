package org.minsheng.tracker.system;

import java.io.IOException;
import java.util.Map;

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
 * a control character other than tab, line feed and carriage return (a NUL byte, say): no
 * text of the portal needs one, and further in they end as database errors or misleading
 * messages. Uploaded files are checked by the import itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ControlCharacterFilter extends OncePerRequestFilter {

	static final String MESSAGE_KEY = "badRequest.controlCharacters";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasControlCharacter(request.getRequestURI()) || hasControlCharacter(request.getQueryString())
				|| parametersHaveControlCharacters(request)) {
			request.setAttribute(PortalErrorAttributes.MESSAGE_KEY, MESSAGE_KEY);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean parametersHaveControlCharacters(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			return false;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (hasControlCharacter(parameter.getKey())) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (hasControlCharacter(value)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean hasControlCharacter(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return true;
			}
		}
		return false;
	}

}
