package org.minsheng.tracker.pace.web;

import org.minsheng.tracker.pace.MilestoneDesk;
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
 * The supervision office's queue of milestone changes: approve (never one's own) or
 * reject with a reason.
 */
@Controller
@RequestMapping(MilestoneReviewController.PATH)
class MilestoneReviewController {

	static final String PATH = "/staff/review/milestones";

	static final String VIEW = "pace/review";

	private final MilestoneDesk desk;

	MilestoneReviewController(MilestoneDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	String queue(StaffMember staff, Model model) {
		model.addAttribute("queue", this.desk.awaitingReview());
		model.addAttribute("me", staff.id());
		return VIEW;
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable Long id, @RequestParam(required = false) Long version, StaffMember staff,
			RedirectAttributes redirect) {
		this.desk.approve(id, version, staff);
		redirect.addFlashAttribute("notice", "pace.notice.approved");
		return "redirect:" + PATH;
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable Long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, StaffMember staff, RedirectAttributes redirect) {
		this.desk.reject(id, version, reason, staff);
		redirect.addFlashAttribute("notice", "pace.notice.rejected");
		return "redirect:" + PATH;
	}

}
