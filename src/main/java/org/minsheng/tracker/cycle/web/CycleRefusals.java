package org.minsheng.tracker.cycle.web;

import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.cycle.CycleException;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.Problem;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff step the cycle does not allow goes back to the page it came from with the
 * reason; nothing has changed then.
 */
@ControllerAdvice(assignableTypes = { CycleAdminController.class, CycleModerationController.class })
class CycleRefusals {

	@ExceptionHandler(CycleException.class)
	String notAllowed(CycleException exception, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("cycleError", exception.getMessageKey());
		redirect.addFlashAttribute("cycleErrorArgs", exception.getArguments());
		return back(request);
	}

	@ExceptionHandler(InvalidInputException.class)
	String invalid(InvalidInputException exception, HttpServletRequest request, RedirectAttributes redirect) {
		Problem first = exception.getProblems().get(0);
		redirect.addFlashAttribute("cycleError", first.messageKey());
		redirect.addFlashAttribute("cycleErrorArgs", first.arguments());
		return back(request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedMeanwhile(HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("cycleError", "cycle.error.conflict");
		redirect.addFlashAttribute("cycleErrorArgs", new Object[0]);
		return back(request);
	}

	/** The page the form was on: the year's cycle page or the moderation queue. */
	static String back(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		java.util.regex.Matcher year = java.util.regex.Pattern.compile("^/staff/admin/cycle/(\\d{4})/").matcher(path);
		if (year.find()) {
			return CycleAdminController.page(Integer.parseInt(year.group(1)));
		}
		return "redirect:" + CycleModerationController.PATH;
	}

}
