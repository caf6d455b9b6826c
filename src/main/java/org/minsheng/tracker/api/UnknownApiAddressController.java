package org.minsheng.tracker.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.system.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever no other API mapping answers: an unknown address is a 404 problem, any method
 * but GET a 405 problem, both as JSON rather than the HTML error page. The pattern is the
 * least specific under {@code /api/v1/}, so every real endpoint wins over it.
 */
@RestController
@Hidden
class UnknownApiAddressController {

	@RequestMapping("/api/v1/**")
	void unknown(HttpServletRequest request) {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method)) {
			throw new NotFoundException("api.problem.unknownAddress");
		}
		throw new MethodNotAllowedException(method);
	}

}
