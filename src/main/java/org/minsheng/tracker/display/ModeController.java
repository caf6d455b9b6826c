package org.minsheng.tracker.display;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /mode?senior=on&return=/plans/2025} switches the seniors' mode on (or
 * {@code off}) and sends the visitor back to the same page: a plain link, no JavaScript.
 */
@Controller
class ModeController {

	@GetMapping("/mode")
	ResponseEntity<Void> switchMode(@RequestParam(name = "senior", defaultValue = "off") String senior,
			@RequestParam(name = "return", required = false) String returnTo) {
		boolean on = SeniorMode.ON.equals(senior);
		ResponseCookie cookie = ResponseCookie.from(SeniorMode.COOKIE, on ? SeniorMode.ON : "off")
			.path("/")
			.maxAge(on ? Duration.ofDays(365) : Duration.ZERO)
			.httpOnly(true)
			.sameSite("Lax")
			.build();
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.SET_COOKIE, cookie.toString())
			.header(HttpHeaders.LOCATION, LocalReturn.of(returnTo).path())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.build();
	}

}
