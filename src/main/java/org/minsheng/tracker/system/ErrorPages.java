package org.minsheng.tracker.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns "no such year, commitment, county or page" into a 404 page in the visitor's
 * language, never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

	static final String NOT_FOUND_VIEW = "error/404";

	static final String BAD_REQUEST_VIEW = "error/400";

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException exception) {
		return notFoundPage(exception.getMessageKey(), exception.getArguments());
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException exception) {
		ModelAndView page = new ModelAndView(BAD_REQUEST_VIEW, HttpStatus.BAD_REQUEST);
		page.addObject("messageKey", exception.getMessageKey());
		return page;
	}

	/**
	 * A parameter its converter refused says why (400); any other malformed part of the
	 * address is a page that does not exist (404).
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView malformedParameter(MethodArgumentTypeMismatchException exception) {
		return BadRequestException.causing(exception)
			.map(this::badRequest)
			.orElseGet(() -> notFoundPage("notFound.page", new Object[0]));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ModelAndView malformedAddress() {
		return notFoundPage("notFound.page", new Object[0]);
	}

	private static ModelAndView notFoundPage(String messageKey, Object[] arguments) {
		ModelAndView page = new ModelAndView(NOT_FOUND_VIEW, HttpStatus.NOT_FOUND);
		page.addObject("messageKey", messageKey);
		page.addObject("messageArguments", arguments);
		return page;
	}

}
