package org.minsheng.tracker.cycle.web;

import org.minsheng.tracker.cycle.RemarkDesk;
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
 * The supervision office's queue of residents' comments on candidates and objections to
 * plans on notice: publish, reject with a reason, answer an objection. Contacts masked.
 */
@Controller
@RequestMapping(CycleModerationController.PATH)
class CycleModerationController {

	static final String PATH = "/staff/moderation/cycle";

	static final String VIEW = "cycle/moderation";

	private final RemarkDesk desk;

	CycleModerationController(RemarkDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	String queue(Model model) {
		model.addAttribute("pending", this.desk.pending());
		model.addAttribute("unanswered", this.desk.unansweredObjections());
		return VIEW;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) Long version, StaffMember staff,
			RedirectAttributes redirect) {
		this.desk.publish(id, version, staff.id(), staff.username());
		redirect.addFlashAttribute("notice", "moderation.notice.published");
		return "redirect:" + PATH;
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, StaffMember staff, RedirectAttributes redirect) {
		this.desk.reject(id, version, reason, staff.id(), staff.username());
		redirect.addFlashAttribute("notice", "moderation.notice.rejected");
		return "redirect:" + PATH;
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String answer, StaffMember staff, RedirectAttributes redirect) {
		this.desk.answer(id, version, answer, staff.id(), staff.username());
		redirect.addFlashAttribute("notice", "cycle.notice.answered");
		return "redirect:" + PATH;
	}

}
