package org.minsheng.tracker.report;

import java.util.Locale;

import org.minsheng.tracker.progress.AsOf;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds of newly approved figures: {@code /feeds/approved.atom} for the whole portal
 * and {@code feed.atom} under each commitment; both accept {@code asOf}.
 */
@Controller
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ApprovalFeeds feeds;

	FeedController(ApprovalFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/feeds/approved.atom")
	ResponseEntity<String> portal(@RequestParam(defaultValue = "") AsOf asOf, Locale locale) {
		return atom(this.feeds.portal(asOf, base(), locale));
	}

	@GetMapping("/plans/{year}/commitments/{number}/feed.atom")
	ResponseEntity<String> commitment(@PathVariable int year, @PathVariable int number,
			@RequestParam(defaultValue = "") AsOf asOf, Locale locale) {
		return atom(this.feeds.commitment(year, number, asOf, base(), locale));
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private static ResponseEntity<String> atom(String xml) {
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

}
