package org.minsheng.tracker.site.web;

import org.minsheng.tracker.site.ProblemDesk;
import org.minsheng.tracker.site.SiteReviews;
import org.minsheng.tracker.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervision office's side of sites: what editors filed, to approve or reject; the
 * residents' problem reports, to publish or reject; and the reports whose reply is
 * overdue, with the department that owes it.
 */
@Controller
@RequestMapping("/staff/site-review")
class SiteReviewController {

	static final String VIEW = "site/review";

	static final String REDIRECT_TO_QUEUE = "redirect:/staff/site-review";

	private final SiteReviews reviews;

	private final ProblemDesk problems;

	SiteReviewController(SiteReviews reviews, ProblemDesk problems) {
		this.reviews = reviews;
		this.problems = problems;
	}

	@GetMapping
	String queue(StaffMember staff, Model model) {
		model.addAttribute("filed", this.reviews.awaitingReview());
		model.addAttribute("pending", this.problems.pending());
		model.addAttribute("overdue", this.problems.overdue());
		model.addAttribute("me", staff.id());
		return VIEW;
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) Long version, StaffMember staff,
			RedirectAttributes redirect) {
		this.reviews.approve(id, version, staff);
		redirect.addFlashAttribute("notice", "sites.review.notice.approved");
		return REDIRECT_TO_QUEUE;
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, StaffMember staff, RedirectAttributes redirect) {
		this.reviews.reject(id, version, reason, staff);
		redirect.addFlashAttribute("notice", "sites.review.notice.rejected");
		return REDIRECT_TO_QUEUE;
	}

	@PostMapping("/problems/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) Long version, StaffMember staff,
			RedirectAttributes redirect) {
		this.problems.publish(id, version, staff);
		redirect.addFlashAttribute("notice", "sites.moderation.notice.published");
		return REDIRECT_TO_QUEUE;
	}

	@PostMapping("/problems/{id}/reject")
	String rejectProblem(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, StaffMember staff, RedirectAttributes redirect) {
		this.problems.reject(id, version, reason, staff);
		redirect.addFlashAttribute("notice", "sites.moderation.notice.rejected");
		return REDIRECT_TO_QUEUE;
	}

}
