package org.minsheng.tracker.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Administrators: what waits in the outbox and why the last attempts failed (addresses
 * masked). Sending is the outbox's own business: a failure is fixed in the SMTP settings.
 */
@Controller
class OutboxController {

	static final String VIEW = "mail/outbox";

	private final MailOutbox outbox;

	OutboxController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/staff/admin/outbox")
	String outbox(Model model) {
		model.addAttribute("backlog", this.outbox.backlog());
		model.addAttribute("unsent", this.outbox.unsent());
		return VIEW;
	}

}
