package org.minsheng.tracker.voice.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.voice.SubmissionOutcome;
import org.minsheng.tracker.voice.Suggestion;
import org.minsheng.tracker.voice.SuggestionBoard;
import org.minsheng.tracker.voice.SuggestionIntake;
import org.minsheng.tracker.voice.SuggestionText;
import org.minsheng.tracker.voice.SupportOutcome;
import org.minsheng.tracker.voice.Supports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public suggestions: the list by area and county with the form, one suggestion's page,
 * and support.
 */
@Controller
class SuggestionController {

	static final String LIST_VIEW = "voice/suggestions";

	static final String VIEW = "voice/suggestion";

	private final SuggestionBoard board;

	private final SuggestionIntake intake;

	private final Supports supports;

	private final CountyDirectory counties;

	SuggestionController(SuggestionBoard board, SuggestionIntake intake, Supports supports, CountyDirectory counties) {
		this.board = board;
		this.intake = intake;
		this.supports = supports;
		this.counties = counties;
	}

	/**
	 * The list with the form. {@code ?sent} after a submission shows the thanks: the
	 * notice travels in the address, not in a flash attribute, so a visitor's post
	 * creates no server session.
	 */
	@GetMapping("/suggestions")
	String list(@RequestParam(required = false) String area, @RequestParam(required = false) String county,
			@RequestParam(required = false) String sent, Model model) {
		if (sent != null) {
			model.addAttribute("notice", "voice.notice.received");
		}
		SuggestionForm form = new SuggestionForm();
		Area chosen = Area.fromParameter(area);
		form.setArea((chosen != null) ? chosen.name() : null);
		model.addAttribute("form", form);
		return listPage(chosen, county, model);
	}

	@PostMapping("/suggestions")
	String submit(@Valid @ModelAttribute("form") SuggestionForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (form.isFilledInByABot()) {
			this.intake.trap(request.getRemoteAddr());
			return "redirect:/suggestions?sent";
		}
		if (!binding.hasFieldErrors("text")) {
			SuggestionText.refusal(form.getText()).ifPresent((key) -> binding.rejectValue("text", key));
		}
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return listPage(null, null, model);
		}
		SubmissionOutcome outcome = this.intake.submit(form.toSubmission(), request.getRemoteAddr());
		switch (outcome.kind()) {
			case RECEIVED -> {
				return "redirect:/suggestions?sent";
			}
			case RATE_LIMITED -> response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			default -> response.setStatus(HttpStatus.CONFLICT.value());
		}
		model.addAttribute("outcome", outcome);
		return listPage(null, null, model);
	}

	private String listPage(Area area, String county, Model model) {
		model.addAttribute("cards", this.board.published(area, county));
		model.addAttribute("areas", Area.values());
		model.addAttribute("counties", this.counties.all());
		model.addAttribute("filterArea", area);
		model.addAttribute("filterCounty", county);
		return LIST_VIEW;
	}

	@GetMapping("/suggestions/{id}")
	String show(@PathVariable long id,
			@CookieValue(name = SupporterToken.COOKIE, required = false) SupporterToken supporter,
			@RequestParam(required = false) String support, Model model) {
		Suggestion suggestion = this.board.visible(id);
		boolean supported = this.supports.hasSupported(id, (supporter != null) ? supporter.value() : null);
		// The outcome of a support travels in the address (no session); thanks are shown
		// only
		// to a visitor whose cookie did support, so a shared link cannot thank anyone
		// else.
		java.util.Arrays.stream(SupportOutcome.values())
			.filter((outcome) -> outcome.name().equalsIgnoreCase(support))
			.filter((outcome) -> supported || outcome == SupportOutcome.TOO_MANY)
			.findFirst()
			.ifPresent((outcome) -> model.addAttribute("notice", "voice.support." + outcome.name()));
		if (suggestion.getMergedInto() != null) {
			return "redirect:/suggestions/" + suggestion.getMergedInto().getId();
		}
		model.addAttribute("suggestion", suggestion);
		model.addAttribute("supporters", this.supports.count(id));
		model.addAttribute("supported", supported);
		model.addAttribute("commitment", this.board.became(suggestion));
		return VIEW;
	}

	@PostMapping("/suggestions/{id}/support")
	String support(@PathVariable long id,
			@CookieValue(name = SupporterToken.COOKIE, required = false) SupporterToken supporter,
			HttpServletRequest request, HttpServletResponse response) {
		SupporterToken token = supporter;
		if (token == null) {
			token = SupporterToken.next();
			response.addHeader(HttpHeaders.SET_COOKIE, token.cookie(request.isSecure()).toString());
		}
		SupportOutcome outcome = this.supports.support(id, token.value(), request.getRemoteAddr());
		return "redirect:/suggestions/" + id + "?support=" + outcome.name().toLowerCase(java.util.Locale.ROOT);
	}

}
