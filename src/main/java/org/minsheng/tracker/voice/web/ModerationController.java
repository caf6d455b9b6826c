package org.minsheng.tracker.voice.web;

import java.security.Principal;

import org.minsheng.tracker.voice.ModerationDesk;
import org.minsheng.tracker.voice.ModerationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
	String publish(@PathVariable long id, @RequestParam(required = false) Long version, Principal principal,
			RedirectAttributes redirect) {
		return decide(redirect, "moderation.notice.published",
				() -> this.desk.publish(id, version, principal.getName()));
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, Principal principal, RedirectAttributes redirect) {
		return decide(redirect, "moderation.notice.rejected",
				() -> this.desk.reject(id, version, reason, principal.getName()));
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) Long into, Principal principal, RedirectAttributes redirect) {
		return decide(redirect, "moderation.notice.merged",
				() -> this.desk.merge(id, version, into, principal.getName()));
	}

	@PostMapping("/{id}/link")
	String link(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) Long commitment, Principal principal, RedirectAttributes redirect) {
		return decide(redirect, "moderation.notice.linked",
				() -> this.desk.link(id, version, commitment, principal.getName()));
	}

	private static String decide(RedirectAttributes redirect, String success, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("notice", success);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "moderation.error.conflict");
		}
		catch (ModerationException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return REDIRECT_TO_QUEUE;
	}

}
