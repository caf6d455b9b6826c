package org.minsheng.tracker.voice.web;

import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.voice.ModerationDesk;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation queue of the supervision office (REVIEWER): contact details masked.
 */
@Controller
@RequestMapping("/staff/moderation")
class ModerationController {

	static final String VIEW = "voice/moderation";

	static final String REDIRECT_TO_QUEUE = "redirect:/staff/moderation";

	private final ModerationDesk desk;

	ModerationController(ModerationDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	String queue(Model model) {
		model.addAttribute("pending", this.desk.pending());
		model.addAttribute("published", this.desk.published());
		model.addAttribute("commitmentOptions", this.desk.commitmentOptions());
		return VIEW;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) Long version, StaffMember staff,
			RedirectAttributes redirect) {
		this.desk.publish(id, version, staff);
		redirect.addFlashAttribute("notice", "moderation.notice.published");
		return REDIRECT_TO_QUEUE;
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, StaffMember staff, RedirectAttributes redirect) {
		this.desk.reject(id, version, reason, staff);
		redirect.addFlashAttribute("notice", "moderation.notice.rejected");
		return REDIRECT_TO_QUEUE;
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) Long into, StaffMember staff, RedirectAttributes redirect) {
		this.desk.merge(id, version, into, staff);
		redirect.addFlashAttribute("notice", "moderation.notice.merged");
		return REDIRECT_TO_QUEUE;
	}

	@PostMapping("/{id}/link")
	String link(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) Long commitment, StaffMember staff, RedirectAttributes redirect) {
		this.desk.link(id, version, commitment, staff);
		redirect.addFlashAttribute("notice", "moderation.notice.linked");
		return REDIRECT_TO_QUEUE;
	}

}
