package org.minsheng.tracker.staff.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.system.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change to an account that is refused (disabling oneself, or someone taking the same
 * user name between the check and the save) goes back to the account's page with a
 * message saying why. Nothing is changed then.
 */
@ControllerAdvice(assignableTypes = AccountController.class)
class AccountRefusals {

	@ExceptionHandler(InvalidInputException.class)
	String refused(InvalidInputException exception, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", exception.getProblems().get(0).messageKey());
		return backToAccount(request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	String changedMeanwhile(HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "admin.error.conflict");
		return backToAccount(request);
	}

	private static String backToAccount(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object id = (variables instanceof Map<?, ?> path) ? path.get("id") : null;
		return (id != null) ? "redirect:/staff/admin/users/" + id : "redirect:/staff/admin/users/new";
	}

}
