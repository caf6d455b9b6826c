package org.minsheng.tracker.system;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page its own path (so the layout's language links stay on the same page),
 * the site's address and the city's date (for the "cite this page" block).
 */
@ControllerAdvice
class CurrentPageAdvice {

	private final Clock clock;

	CurrentPageAdvice(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("siteRoot")
	String siteRoot() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	@ModelAttribute("cityToday")
	LocalDate cityToday() {
		return LocalDate.now(this.clock);
	}

}
