package org.minsheng.tracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever no other API mapping answers: a request that accepts no JSON is a 406 problem,
 * an unknown address a 404 problem, any method but GET a 405 problem, all as JSON rather
 * than the HTML error page. The pattern is the least specific under {@code /api/v1/}, so
 * every real endpoint wins over it.
 */
@RestController
@Hidden
class UnknownApiAddressController {

	@RequestMapping("/api/v1/**")
	void unknown(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			throw new MethodNotAllowedException(method);
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (!acceptsJson(accept)) {
			throw new NotAcceptableException(accept);
		}
		throw new NotFoundException("api.problem.unknownAddress");
	}

	private static boolean acceptsJson(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
		return accepted.stream()
			.anyMatch((type) -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
					|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
