package org.minsheng.tracker.follow;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.minsheng.tracker.plan.Commitment;
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
 * Following a commitment: the sign-up form (no server session: the thanks travel in the
 * redirect's address, {@code ?sent}), the confirmation page, and unsubscribe — a page
 * with a button, and the one-click POST of RFC 8058 that mail clients send to the
 * {@code List-Unsubscribe} address (the only path without a CSRF token: the token in the
 * address is the proof).
 */
@Controller
class FollowController {

	static final String FORM_VIEW = "follow/form";

	static final String CONFIRM_VIEW = "follow/confirm";

	static final String UNSUBSCRIBE_VIEW = "follow/unsubscribe";

	private final Following following;

	FollowController(Following following) {
		this.following = following;
	}

	@GetMapping("/follow/{year}/{number}")
	String form(@PathVariable int year, @PathVariable int number, @RequestParam(required = false) String sent,
			Model model) {
		model.addAttribute("form", new FollowForm());
		model.addAttribute("sent", sent != null);
		return formPage(year, number, model);
	}

	@PostMapping("/follow/{year}/{number}")
	String signUp(@PathVariable int year, @PathVariable int number, @Valid @ModelAttribute("form") FollowForm form,
			BindingResult binding, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		if (binding.hasErrors()) {
			this.following.followable(year, number);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("sent", false);
			return formPage(year, number, model);
		}
		Following.SignUp outcome = this.following.signUp(year, number, form.getEmail(), locale,
				request.getRemoteAddr());
		if (outcome == Following.SignUp.RATE_LIMITED) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("sent", false);
			model.addAttribute("error", "follow.error.rateLimited");
			return formPage(year, number, model);
		}
		return "redirect:/follow/" + year + "/" + number + "?sent";
	}

	private String formPage(int year, int number, Model model) {
		Commitment commitment = this.following.followable(year, number);
		model.addAttribute("year", year);
		model.addAttribute("number", number);
		model.addAttribute("commitmentTitle", commitment.getTitle());
		return FORM_VIEW;
	}

	@GetMapping("/follow/confirm")
	String confirmPage(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
		return linkPage(CONFIRM_VIEW, token, this.following.lookUp(token), false, response, model);
	}

	@PostMapping("/follow/confirm")
	String confirm(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
		return linkPage(CONFIRM_VIEW, token, this.following.confirm(token), true, response, model);
	}

	@GetMapping("/follow/unsubscribe")
	String unsubscribePage(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
		return linkPage(UNSUBSCRIBE_VIEW, token, this.following.lookUp(token), false, response, model);
	}

	/**
	 * Unsubscribes: the page's button, or a mail client's one-click POST (body
	 * {@code List-Unsubscribe=One-Click}). Unsubscribing twice says it is done.
	 */
	@PostMapping("/follow/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token, Model model) {
		this.following.unsubscribe(token);
		model.addAttribute("done", true);
		model.addAttribute("known", true);
		return UNSUBSCRIBE_VIEW;
	}

	private String linkPage(String view, String token, Optional<Following.Followed> followed, boolean done,
			HttpServletResponse response, Model model) {
		if (followed.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("token", token);
		model.addAttribute("known", followed.isPresent());
		model.addAttribute("followed", followed.orElse(null));
		model.addAttribute("done", done && followed.isPresent());
		return view;
	}

}
