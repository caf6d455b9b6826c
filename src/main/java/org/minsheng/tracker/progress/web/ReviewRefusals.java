package org.minsheng.tracker.progress.web;

import org.minsheng.tracker.progress.ConflictException;
import org.minsheng.tracker.progress.ReviewException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A decision that cannot be taken goes back to the review queue with a message: the
 * report was changed or decided on meanwhile, or its state does not allow it. Nothing is
 * changed then.
 */
@ControllerAdvice(assignableTypes = ReviewController.class)
class ReviewRefusals {

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	String changedMeanwhile(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "review.error.conflict");
		return ReviewController.REDIRECT_TO_QUEUE;
	}

	@ExceptionHandler(ReviewException.class)
	String notAllowed(ReviewException exception, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", exception.getMessageKey());
		return ReviewController.REDIRECT_TO_QUEUE;
	}

}
