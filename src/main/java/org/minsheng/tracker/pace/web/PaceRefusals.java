package org.minsheng.tracker.pace.web;

import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.pace.PaceException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A step on milestones that cannot be taken goes back to the page it came from with a
 * message (the change was decided or changed meanwhile, one's own change, a published
 * plan's milestones set directly); nothing is changed then.
 */
@ControllerAdvice(basePackageClasses = PaceRefusals.class)
class PaceRefusals {

	@ExceptionHandler(PaceException.class)
	String notAllowed(PaceException exception, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", exception.getMessageKey());
		return "redirect:" + back(request);
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	String changedMeanwhile(HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "pace.error.conflict");
		return "redirect:" + back(request);
	}

	/** The page a form was posted from: the queue for decisions, else the form itself. */
	static String back(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith(MilestoneReviewController.PATH)) {
			return MilestoneReviewController.PATH;
		}
		return path;
	}

}
