package org.minsheng.tracker.voice.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two supports from one browser at the same moment: the database keeps one, and the other
 * is told it has already supported.
 */
@ControllerAdvice(assignableTypes = SuggestionController.class)
class SupportRefusals {

	@ExceptionHandler(DataIntegrityViolationException.class)
	String alreadySupported(DataIntegrityViolationException exception, HttpServletRequest request,
			RedirectAttributes redirect) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!request.getRequestURI().endsWith("/support") || !(variables instanceof Map<?, ?> path)
				|| path.get("id") == null) {
			throw exception;
		}
		redirect.addFlashAttribute("notice", "voice.support.ALREADY");
		return "redirect:/suggestions/" + path.get("id");
	}

}
