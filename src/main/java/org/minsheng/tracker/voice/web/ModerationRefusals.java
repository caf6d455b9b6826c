package org.minsheng.tracker.voice.web;

import org.minsheng.tracker.voice.ModerationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A moderation step that cannot be taken goes back to the queue with a message saying
 * why: a suggestion someone else decided on meanwhile, or a step its state does not
 * allow. Nothing has changed then.
 */
@ControllerAdvice(assignableTypes = ModerationController.class)
class ModerationRefusals {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedMeanwhile(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "moderation.error.conflict");
		return ModerationController.REDIRECT_TO_QUEUE;
	}

	@ExceptionHandler(ModerationException.class)
	String notAllowed(ModerationException exception, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", exception.getMessageKey());
		return ModerationController.REDIRECT_TO_QUEUE;
	}

}
