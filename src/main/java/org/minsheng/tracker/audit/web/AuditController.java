package org.minsheng.tracker.audit.web;

import java.time.LocalDate;
import java.time.Clock;
import java.time.format.DateTimeParseException;

import org.minsheng.tracker.audit.AuditAction;
import org.minsheng.tracker.audit.AuditChainCheck;
import org.minsheng.tracker.audit.AuditLog;
import org.minsheng.tracker.staff.StaffMember;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Browse and filter the audit trail by person, action and dates (city time), and check
 * its hash chain.
 */
@Controller
class AuditController {

	static final String VIEW = "audit/events";

	static final int PAGE_SIZE = 50;

	private final AuditLog events;

	private final AuditChainCheck chain;

	private final Clock clock;

	AuditController(AuditLog events, AuditChainCheck chain, Clock clock) {
		this.events = events;
		this.chain = chain;
		this.clock = clock;
	}

	/** Walks the hash chain and shows the first broken link or that it is intact. */
	@PostMapping("/staff/audit/chain-check")
	String checkChain(StaffMember admin, RedirectAttributes redirect) {
		redirect.addFlashAttribute("chainReport", this.chain.run(admin.username()));
		return "redirect:/staff/audit";
	}

	@GetMapping("/staff/audit")
	@Transactional(readOnly = true)
	String browse(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String until,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate fromDay = day(from, LocalDate.of(2000, 1, 1), model);
		LocalDate untilDay = day(until, LocalDate.of(2100, 1, 1), model);
		String knownAction = (action != null
				&& java.util.Arrays.stream(AuditAction.values()).anyMatch((a) -> a.name().equals(action))) ? action
						: null;
		String person = (actor == null || actor.isBlank()) ? null : actor.strip();
		model.addAttribute("events",
				this.events.search(person, knownAction, fromDay.atStartOfDay(this.clock.getZone()).toInstant(),
						untilDay.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant(),
						PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE)));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("filter", new String[] { person, knownAction, from, until });
		return VIEW;
	}

	private static LocalDate day(String typed, LocalDate fallback, Model model) {
		if (typed == null || typed.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("error", "audit.error.date");
			return fallback;
		}
	}

}
