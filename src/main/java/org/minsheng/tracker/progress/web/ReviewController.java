package org.minsheng.tracker.progress.web;

import org.minsheng.tracker.progress.ReviewService;
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
 * The supervision office's review queue.
 */
@Controller
@RequestMapping("/staff/review")
class ReviewController {

	static final String VIEW = "progress/review";

	static final String REDIRECT_TO_QUEUE = "redirect:/staff/review";

	private final ReviewService reviews;

	ReviewController(ReviewService reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	String queue(StaffMember staff, Model model) {
		model.addAttribute("queue", this.reviews.awaitingReview());
		model.addAttribute("me", staff.id());
		return VIEW;
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable Long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String correctionReason, StaffMember staff, RedirectAttributes redirect) {
		int superseded = this.reviews.approve(id, version, correctionReason, staff);
		redirect.addFlashAttribute("notice", "review.notice.approved");
		if (superseded > 0) {
			redirect.addFlashAttribute("superseded", superseded);
		}
		return REDIRECT_TO_QUEUE;
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable Long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, StaffMember staff, RedirectAttributes redirect) {
		this.reviews.reject(id, version, reason, staff);
		redirect.addFlashAttribute("notice", "review.notice.rejected");
		return REDIRECT_TO_QUEUE;
	}

}
