package org.minsheng.tracker.cycle.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.cycle.CandidateBoard;
import org.minsheng.tracker.cycle.CandidateSupports;
import org.minsheng.tracker.cycle.RemarkDesk;
import org.minsheng.tracker.cycle.RemarkOutcome;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.voice.SupportOutcome;
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
 * The public side of the cycle: a year's candidates (support while the solicitation
 * window is open), one candidate with its suggestions and comments, and the ballot with
 * its counts. Posts keep no server session: the outcome travels in the redirect's
 * address.
 */
@Controller
class CyclePublicController {

	static final String YEAR_VIEW = "cycle/year";

	static final String CANDIDATE_VIEW = "cycle/candidate";

	static final String BALLOT_VIEW = "cycle/ballot";

	private final CandidateBoard board;

	private final CandidateSupports supports;

	private final RemarkDesk remarks;

	CyclePublicController(CandidateBoard board, CandidateSupports supports, RemarkDesk remarks) {
		this.board = board;
		this.supports = supports;
		this.remarks = remarks;
	}

	@GetMapping("/cycle")
	String newest() {
		return this.board.years()
			.stream()
			.findFirst()
			.map((year) -> "redirect:/cycle/" + year)
			.orElseThrow(() -> new NotFoundException("cycle.notFound.none"));
	}

	@GetMapping("/cycle/{year}")
	String year(@PathVariable int year, Model model) {
		model.addAttribute("cycle", this.board.year(year));
		return YEAR_VIEW;
	}

	@GetMapping("/cycle/{year}/ballot")
	String ballot(@PathVariable int year, Model model) {
		model.addAttribute("cycle", this.board.year(year));
		return BALLOT_VIEW;
	}

	@GetMapping("/candidates/{id}")
	String candidate(@PathVariable long id, @RequestParam(required = false) String support,
			@RequestParam(required = false) String sent, HttpServletRequest request, Model model) {
		ResidentToken token = ResidentToken.of(request);
		boolean supported = this.supports.hasSupported(id, (token != null) ? token.value() : null);
		Arrays.stream(SupportOutcome.values())
			.filter((outcome) -> outcome.name().equalsIgnoreCase(support))
			.filter((outcome) -> supported || outcome == SupportOutcome.TOO_MANY)
			.findFirst()
			.ifPresent((outcome) -> model.addAttribute("notice", "voice.support." + outcome.name()));
		if ("closed".equals(support)) {
			model.addAttribute("notice", "cycle.remark.CLOSED");
		}
		if (sent != null) {
			model.addAttribute("notice", "cycle.remark.RECEIVED");
		}
		model.addAttribute("supported", supported);
		model.addAttribute("form", new RemarkForm());
		return candidatePage(id, model);
	}

	private String candidatePage(long id, Model model) {
		CandidateBoard.CandidatePage page = this.board.candidate(id);
		model.addAttribute("page", page);
		model.addAttribute("comments", this.remarks.publishedComments(id));
		return CANDIDATE_VIEW;
	}

	@PostMapping("/candidates/{id}/support")
	String support(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
		ResidentToken token = ResidentToken.ensure(request, response);
		SupportOutcome outcome = this.supports.support(id, token.value(), request.getRemoteAddr());
		String shown = (outcome != null) ? outcome.name().toLowerCase(Locale.ROOT) : "closed";
		return "redirect:/candidates/" + id + "?support=" + shown;
	}

	@PostMapping("/candidates/{id}/comments")
	String comment(@PathVariable long id, @ModelAttribute("form") RemarkForm form, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (form.isFilledInByABot()) {
			this.remarks.trap(request.getRemoteAddr());
			return "redirect:/candidates/" + id + "?sent";
		}
		form.check(binding);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("supported", false);
			return candidatePage(id, model);
		}
		RemarkOutcome outcome = this.remarks.comment(id, form.getText(), form.getContact(), request.getRemoteAddr());
		if (outcome == RemarkOutcome.RECEIVED) {
			return "redirect:/candidates/" + id + "?sent";
		}
		response.setStatus((outcome == RemarkOutcome.RATE_LIMITED) ? HttpStatus.TOO_MANY_REQUESTS.value()
				: HttpStatus.CONFLICT.value());
		model.addAttribute("notice", "cycle.remark." + outcome.name());
		model.addAttribute("supported", false);
		return candidatePage(id, model);
	}

}
