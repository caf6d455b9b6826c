package org.minsheng.tracker.site.web;

import org.minsheng.tracker.site.SitePosters;
import org.minsheng.tracker.site.SiteReviewException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A step that cannot be taken goes back to the page it came from with a message, and
 * nothing is changed: a decision on something changed meanwhile, a reply given twice, a
 * rejection without a reason. Posters without the CJK font get the same page as the
 * review PDF.
 */
@ControllerAdvice(assignableTypes = { SiteReviewController.class, SiteStaffController.class, SitePageController.class,
		SiteImportController.class })
class SiteRefusals {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedMeanwhile(RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
		redirect.addFlashAttribute("error", "sites.review.error.conflict");
		return back(request);
	}

	@ExceptionHandler(SiteReviewException.class)
	String notAllowed(SiteReviewException exception, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletRequest request) {
		redirect.addFlashAttribute("error", exception.getMessageKey());
		return back(request);
	}

	@ExceptionHandler(SitePosters.PostersUnavailableException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	ModelAndView postersUnavailable() {
		return new ModelAndView("report/pdf-unavailable");
	}

	private static String back(jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/staff/site-review") ? SiteReviewController.REDIRECT_TO_QUEUE
				: SiteStaffController.REDIRECT_TO_DESK;
	}

}
