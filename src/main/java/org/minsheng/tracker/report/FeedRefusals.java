package org.minsheng.tracker.report;

import java.util.Locale;

import org.minsheng.tracker.system.BadRequestException;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A feed reader asking for a malformed {@code asOf} or a commitment that does not exist
 * gets plain text in the visitor's language with the right status and content type, not
 * an HTML page labelled as Atom.
 */
@ControllerAdvice(assignableTypes = FeedController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FeedRefusals {

	private static final MediaType PLAIN = new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8);

	private final MessageSource messages;

	FeedRefusals(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<String> badRequest(BadRequestException exception, Locale locale) {
		return text(HttpStatus.BAD_REQUEST, exception.getMessageKey(), new Object[0], locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<String> malformed(MethodArgumentTypeMismatchException exception, Locale locale) {
		return BadRequestException.causing(exception)
			.map((refused) -> badRequest(refused, locale))
			.orElseGet(() -> text(HttpStatus.NOT_FOUND, "notFound.page", new Object[0], locale));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException exception, Locale locale) {
		return text(HttpStatus.NOT_FOUND, exception.getMessageKey(), exception.getArguments(), locale);
	}

	private ResponseEntity<String> text(HttpStatus status, String key, Object[] arguments, Locale locale) {
		return ResponseEntity.status(status)
			.contentType(PLAIN)
			.body(this.messages.getMessage(key, arguments, locale) + "\n");
	}

}
