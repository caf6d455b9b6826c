package org.minsheng.tracker.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request's address or form fields carry a control character other than tab,
 * line feed and carriage return (a NUL byte, say): no text of the portal needs one. The
 * pages refuse such requests in {@link ControlCharacterFilter}, the API in its own
 * problem format.
 */
public final class ControlCharacters {

	/** The message key of the refusal. */
	public static final String MESSAGE_KEY = "badRequest.controlCharacters";

	private ControlCharacters() {
	}

	public static boolean in(HttpServletRequest request) {
		return in(request.getRequestURI()) || in(request.getQueryString()) || inParameters(request);
	}

	private static boolean inParameters(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			return false;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (in(parameter.getKey())) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (in(value)) {
					return true;
				}
			}
		}
		return false;
	}

	public static boolean in(String text) {
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
