package org.minsheng.tracker.plan.web;

import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.system.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forms are checked before anything is saved, and come back as typed with a message at
 * each mistake. What the check cannot see coming (someone else changed the plan between
 * the check and the save) goes back to the page with a message; nothing is saved then.
 */
@ControllerAdvice(basePackageClasses = PlanRefusals.class)
class PlanRefusals {

	@ExceptionHandler({ InvalidInputException.class, DataIntegrityViolationException.class })
	String changedMeanwhile(HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "admin.plan.error.conflict");
		return "redirect:" + page(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/** The page a form was posted from. */
	static String page(String postedTo) {
		if (postedTo.matches("/staff/admin/plans/\\d+/(commitments|publish)")) {
			return postedTo.substring(0, postedTo.lastIndexOf('/'));
		}
		if (postedTo.startsWith("/staff/admin/departments") || postedTo.startsWith("/staff/admin/commitments")) {
			return "/staff/admin/commitments";
		}
		return postedTo;
	}

}
