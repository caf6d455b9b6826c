package org.minsheng.tracker.progress.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.progress.ConflictException;
import org.minsheng.tracker.progress.ReviewException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A report that cannot be saved as it stands goes back to its form with a message: it was
 * changed or decided on meanwhile, or its state no longer allows editing. Nothing is
 * saved then.
 */
@ControllerAdvice(assignableTypes = ReportController.class)
class ReportRefusals {

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	String changedMeanwhile(HttpServletRequest request, RedirectAttributes redirect) {
		return backToReport(request, redirect, "report.error.conflict");
	}

	@ExceptionHandler(ReviewException.class)
	String notEditable(ReviewException exception, HttpServletRequest request, RedirectAttributes redirect) {
		return backToReport(request, redirect, exception.getMessageKey());
	}

	private static String backToReport(HttpServletRequest request, RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute("error", messageKey);
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object id = (variables instanceof Map<?, ?> path) ? path.get("id") : null;
		return (id != null) ? "redirect:/staff/reports/" + id : ReportController.REDIRECT_TO_DESK;
	}

}
