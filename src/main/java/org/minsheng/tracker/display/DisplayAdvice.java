package org.minsheng.tracker.display;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether the seniors' mode is on, and the address the switch returns to
 * (this page, with its filters).
 */
@ControllerAdvice
class DisplayAdvice {

	@ModelAttribute("seniorMode")
	boolean seniorMode(HttpServletRequest request) {
		return SeniorMode.isOn(request);
	}

	@ModelAttribute("modeReturn")
	String modeReturn(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		return (query != null) ? path + "?" + query : path;
	}

}
