package org.minsheng.tracker.cycle.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.cycle.NoticeDesk;
import org.minsheng.tracker.cycle.PlanNotice;
import org.minsheng.tracker.cycle.RemarkDesk;
import org.minsheng.tracker.cycle.RemarkOutcome;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A draft plan on public notice (公示): its commitments, the window and the contact, the
 * objection form while the window is open, and the answered objections.
 */
@Controller
class NoticeController {

	static final String VIEW = "cycle/notice";

	private final NoticeDesk notices;

	private final RemarkDesk remarks;

	private final Clock clock;

	NoticeController(NoticeDesk notices, RemarkDesk remarks, Clock clock) {
		this.notices = notices;
		this.remarks = remarks;
		this.clock = clock;
	}

	@GetMapping("/cycle/{year}/notice")
	String show(@PathVariable int year, @RequestParam(required = false) String sent, Model model) {
		if (sent != null) {
			model.addAttribute("notice", "cycle.remark.RECEIVED");
		}
		model.addAttribute("form", new RemarkForm());
		return page(year, model);
	}

	private String page(int year, Model model) {
		PlanNotice notice = this.notices.notice(year)
			.orElseThrow(() -> new NotFoundException("cycle.notFound.notice", year));
		model.addAttribute("planNotice", notice);
		model.addAttribute("open", notice.isOpen(this.clock));
		model.addAttribute("outline", this.notices.draft(year));
		model.addAttribute("objections", this.remarks.publishedObjections(year));
		return VIEW;
	}

	@PostMapping("/cycle/{year}/notice/objections")
	String object(@PathVariable int year, @ModelAttribute("form") RemarkForm form, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (form.isFilledInByABot()) {
			this.remarks.trap(request.getRemoteAddr());
			return "redirect:/cycle/" + year + "/notice?sent";
		}
		form.check(binding);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(year, model);
		}
		RemarkOutcome outcome = this.remarks.object(year, form.getText(), form.getContact(), request.getRemoteAddr());
		if (outcome == RemarkOutcome.RECEIVED) {
			return "redirect:/cycle/" + year + "/notice?sent";
		}
		response.setStatus((outcome == RemarkOutcome.RATE_LIMITED) ? HttpStatus.TOO_MANY_REQUESTS.value()
				: HttpStatus.CONFLICT.value());
		model.addAttribute("notice", "cycle.remark." + outcome.name());
		return page(year, model);
	}

}
