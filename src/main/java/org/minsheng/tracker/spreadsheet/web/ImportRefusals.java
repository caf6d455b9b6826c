package org.minsheng.tracker.spreadsheet.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.spreadsheet.ImportRefusedException;
import org.minsheng.tracker.spreadsheet.SheetException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An upload that cannot be used goes back to the import page, and a commit that is
 * refused back to its preview, each with a message saying why. Nothing is stored then.
 */
@ControllerAdvice(assignableTypes = ImportController.class)
class ImportRefusals {

	@ExceptionHandler(SheetException.class)
	String unusableFile(SheetException exception, RedirectAttributes redirect) {
		return ImportController.refuse(redirect, exception.getMessageKey(), exception.getArguments());
	}

	@ExceptionHandler(ImportRefusedException.class)
	String refused(ImportRefusedException exception, HttpServletRequest request, RedirectAttributes redirect) {
		return backToBatch(request, redirect, exception.getMessageKey());
	}

	/** Two commits of one batch at once: the second finds it committed. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	String committedMeanwhile(HttpServletRequest request, RedirectAttributes redirect) {
		return backToBatch(request, redirect, "import.error.alreadyCommitted");
	}

	private static String backToBatch(HttpServletRequest request, RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute("importError", messageKey);
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object id = (variables instanceof Map<?, ?> path) ? path.get("id") : null;
		return (id != null) ? ImportController.batchPage(id) : ImportController.REDIRECT_TO_PAGE;
	}

}
