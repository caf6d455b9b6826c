package org.minsheng.tracker.api;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.minsheng.tracker.system.BadRequestException;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the API as problem details (RFC 9457) in the visitor's language: JSON, never
 * the HTML error page, never a stack trace. Scoped to this package and ordered first, so
 * the public pages keep their HTML error pages.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private static final Logger logger = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException exception, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "api.problem.notFound.title", exception.getMessageKey(),
				exception.getArguments(), request);
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequestException exception, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "bad-request", "api.problem.badRequest.title", exception.getMessageKey(),
				new Object[0], request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> malformed(MethodArgumentTypeMismatchException exception, HttpServletRequest request) {
		BadRequestException refused = BadRequestException.causing(exception).orElse(null);
		if (refused != null) {
			return badRequest(refused, request);
		}
		if (exception.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return problem(HttpStatus.NOT_FOUND, "not-found", "api.problem.notFound.title",
					"api.problem.unknownAddress", new Object[0], request);
		}
		return problem(HttpStatus.BAD_REQUEST, "bad-request", "api.problem.badRequest.title",
				"api.problem.badParameter", new Object[] { exception.getName() }, request);
	}

	@ExceptionHandler(MethodNotAllowedException.class)
	ResponseEntity<ProblemDetail> methodNotAllowed(MethodNotAllowedException exception, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> problem = problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
				"api.problem.methodNotAllowed.title", "api.problem.methodNotAllowed.detail",
				new Object[] { exception.getMethod() }, request);
		return ResponseEntity.status(problem.getStatusCode())
			.headers(problem.getHeaders())
			.header(HttpHeaders.ALLOW, "GET, HEAD")
			.body(problem.getBody());
	}

	@ExceptionHandler(NotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(NotAcceptableException exception, HttpServletRequest request) {
		return problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "api.problem.notAcceptable.title",
				"api.problem.notAcceptable.detail", new Object[0], request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request) {
		logger.error("API request {} failed", request.getRequestURI(), exception);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "api.problem.internal.title",
				"api.problem.internal.detail", new Object[0], request);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String titleKey, String detailKey,
			Object[] arguments, HttpServletRequest request) {
		Locale language = ApiLanguage.of(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:minsheng-tracker:problem:" + type));
		problem.setTitle(this.messages.getMessage(titleKey, null, language));
		problem.setDetail(this.messages.getMessage(detailKey, arguments, language));
		problem.setInstance(instance(request));
		return ResponseEntity.status(status)
			.contentType(PROBLEM_JSON)
			.header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
			.body(problem);
	}

	private static URI instance(HttpServletRequest request) {
		try {
			return URI.create(request.getRequestURI());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
