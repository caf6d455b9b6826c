package org.minsheng.tracker.cycle.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.cycle.EvaluationDesk;
import org.minsheng.tracker.cycle.Verdict;
import org.minsheng.tracker.voice.SupportOutcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Residents' open online rating of a commitment (not a survey): posted from the
 * commitment page, the outcome shown on a page of its own so the commitment page stays
 * the same for everyone (and cacheable).
 */
@Controller
class RatingController {

	static final String VIEW = "cycle/rating";

	private final EvaluationDesk evaluations;

	RatingController(EvaluationDesk evaluations) {
		this.evaluations = evaluations;
	}

	@PostMapping("/ratings/{commitmentId}")
	String rate(@PathVariable long commitmentId, @RequestParam(required = false) String verdict,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer number,
			HttpServletRequest request, HttpServletResponse response) {
		Verdict chosen = Verdict.fromParameter(verdict);
		if (chosen == null) {
			return "redirect:/ratings/" + commitmentId + "?outcome=missing" + back(year, number);
		}
		ResidentToken token = ResidentToken.ensure(request, response);
		SupportOutcome outcome = this.evaluations.rate(commitmentId, chosen, token.value(), request.getRemoteAddr());
		return "redirect:/ratings/" + commitmentId + "?outcome=" + outcome.name().toLowerCase(Locale.ROOT)
				+ back(year, number);
	}

	private static String back(Integer year, Integer number) {
		return (year != null && number != null) ? "&year=" + year + "&number=" + number : "";
	}

	@GetMapping("/ratings/{commitmentId}")
	String outcome(@PathVariable long commitmentId, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer number,
			HttpServletRequest request, Model model) {
		this.evaluations.requirePublished(commitmentId);
		ResidentToken token = ResidentToken.of(request);
		boolean rated = this.evaluations.hasRated(commitmentId, (token != null) ? token.value() : null);
		String key = Arrays.stream(SupportOutcome.values())
			.filter((o) -> o.name().equalsIgnoreCase(outcome))
			.filter((o) -> rated || o == SupportOutcome.TOO_MANY)
			.findFirst()
			.map((o) -> "cycle.rating." + o.name())
			.orElse("missing".equals(outcome) ? "cycle.rating.MISSING" : null);
		model.addAttribute("notice", (key != null) ? key : (rated ? "cycle.rating.ALREADY" : null));
		model.addAttribute("rated", rated);
		model.addAttribute("evaluation", this.evaluations.of(commitmentId));
		model.addAttribute("year", year);
		model.addAttribute("number", number);
		return VIEW;
	}

}
