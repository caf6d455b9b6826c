package org.minsheng.tracker.cycle.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.cycle.BallotDesk;
import org.minsheng.tracker.cycle.CandidateDesk;
import org.minsheng.tracker.cycle.CandidateInput;
import org.minsheng.tracker.cycle.EvaluationDesk;
import org.minsheng.tracker.cycle.Verdicts;
import org.minsheng.tracker.cycle.NoticeDesk;
import org.minsheng.tracker.cycle.PassRule;
import org.minsheng.tracker.cycle.ScreeningNotes;
import org.minsheng.tracker.cycle.VoteInput;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.FormText;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.LocalizedText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of one year's cycle: candidates and their screening, the
 * solicitation window, the vote, the draft plan from the chosen candidates, and its
 * public notice.
 */
@Controller
@RequestMapping("/staff/admin/cycle")
class CycleAdminController {

	static final String VIEW = "cycle/admin";

	private final CandidateDesk candidates;

	private final BallotDesk ballots;

	private final NoticeDesk notices;

	private final EvaluationDesk evaluations;

	private final PlanCatalog plans;

	private final CountyDirectory counties;

	private final Clock clock;

	CycleAdminController(CandidateDesk candidates, BallotDesk ballots, NoticeDesk notices, EvaluationDesk evaluations,
			PlanCatalog plans, CountyDirectory counties, Clock clock) {
		this.candidates = candidates;
		this.ballots = ballots;
		this.notices = notices;
		this.evaluations = evaluations;
		this.plans = plans;
		this.counties = counties;
		this.clock = clock;
	}

	static String page(int year) {
		return "redirect:/staff/admin/cycle/" + year;
	}

	@GetMapping
	String current() {
		return page(LocalDate.now(this.clock).getYear() + 1);
	}

	@GetMapping("/{year}")
	String show(@PathVariable int year, Model model) {
		model.addAttribute("candidateForm", new CandidateForm());
		model.addAttribute("voteForm", new VoteForm());
		return render(year, model);
	}

	private String render(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("candidates", this.candidates.ofYear(year));
		model.addAttribute("voteSession", this.ballots.session(year).orElse(null));
		model.addAttribute("planNotice", this.notices.notice(year).orElse(null));
		this.notices.outline(year).ifPresent((outline) -> {
			model.addAttribute("outline", outline);
			model.addAttribute("evaluations", this.evaluations
				.of(outline.commitments().stream().map(org.minsheng.tracker.plan.Commitment::getId).toList()));
		});
		model.addAttribute("areas", Area.values());
		model.addAttribute("rules", PassRule.values());
		model.addAttribute("departments", this.plans.departments());
		model.addAttribute("counties", this.counties.all());
		return VIEW;
	}

	@PostMapping("/{year}/candidates")
	String propose(@PathVariable int year, @ModelAttribute("candidateForm") CandidateForm form, BindingResult binding,
			StaffMember staff, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		CandidateInput input = form.toInput(problems);
		this.candidates.check(year, input, problems);
		problems.reportTo(binding);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("voteForm", new VoteForm());
			return render(year, model);
		}
		this.candidates.propose(year, input, staff.username());
		redirect.addFlashAttribute("notice", "cycle.notice.proposed");
		return page(year);
	}

	@PostMapping("/{year}/candidates/{id}/screen")
	String screen(@PathVariable int year, @PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String need,
			@RequestParam(required = false) String feasibility, @RequestParam(required = false) String budget,
			@RequestParam(required = false) String reason, StaffMember staff, RedirectAttributes redirect) {
		ScreeningNotes notes = new ScreeningNotes(need, feasibility, budget);
		if ("out".equals(decision)) {
			this.candidates.screenOut(id, version, notes, reason, staff.username());
		}
		else {
			this.candidates.screenIn(id, version, notes, staff.username());
		}
		redirect.addFlashAttribute("notice", "cycle.notice.screened");
		return page(year);
	}

	@PostMapping("/{year}/candidates/{id}/ballot")
	String ballot(@PathVariable int year, @PathVariable long id, @RequestParam(required = false) Long version,
			StaffMember staff, RedirectAttributes redirect) {
		this.candidates.putOnBallot(id, version, staff.username());
		redirect.addFlashAttribute("notice", "cycle.notice.onBallot");
		return page(year);
	}

	@PostMapping("/{year}/window")
	String window(@PathVariable int year, @RequestParam(required = false) String opensOn,
			@RequestParam(required = false) String closesOn, StaffMember staff, RedirectAttributes redirect) {
		this.candidates.setWindow(year, day(opensOn), day(closesOn), staff.username());
		redirect.addFlashAttribute("notice", "cycle.notice.window");
		return page(year);
	}

	@PostMapping("/{year}/vote")
	String vote(@PathVariable int year, @ModelAttribute("voteForm") VoteForm form, BindingResult binding,
			StaffMember staff, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		VoteInput input = form.toInput(problems);
		problems.reportTo(binding);
		if (!binding.hasErrors()) {
			this.ballots.check(year, input).reportTo(binding);
		}
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("candidateForm", new CandidateForm());
			return render(year, model);
		}
		boolean tie = this.ballots.record(year, input, staff.username()).hasTie();
		redirect.addFlashAttribute("notice", tie ? "cycle.notice.voteTied" : "cycle.notice.voteRecorded");
		return page(year);
	}

	@PostMapping("/{year}/adopt")
	String adopt(@PathVariable int year, @RequestParam(required = false) String planTitle, StaffMember staff,
			RedirectAttributes redirect) {
		String title = FormText.clean(planTitle);
		if (title == null || title.length() > 200) {
			throw new org.minsheng.tracker.cycle.CycleException("cycle.error.planTitle");
		}
		this.ballots.adopt(year, new LocalizedText(title, null), staff.username());
		redirect.addFlashAttribute("notice", "cycle.notice.adopted");
		return page(year);
	}

	@PostMapping("/{year}/notice")
	String notice(@PathVariable int year, @RequestParam(required = false) String opensOn,
			@RequestParam(required = false) Integer days, @RequestParam(required = false) String contactName,
			@RequestParam(required = false) String contactLine, StaffMember staff, RedirectAttributes redirect) {
		this.notices.open(year, day(opensOn), days, contactName, contactLine, staff.username());
		redirect.addFlashAttribute("notice", "cycle.notice.noticeOpened");
		return page(year);
	}

	@PostMapping("/{year}/finalise")
	String finalise(@PathVariable int year, StaffMember staff, RedirectAttributes redirect) {
		this.notices.finalise(year, staff.username());
		redirect.addFlashAttribute("notice", "cycle.notice.finalised");
		return page(year);
	}

	@PostMapping("/{year}/evaluations/{commitmentId}")
	String evaluate(@PathVariable int year, @PathVariable long commitmentId,
			@RequestParam(required = false) String sessionName, @RequestParam(required = false) String heldOn,
			@RequestParam(required = false) String satisfied, @RequestParam(required = false) String basicallySatisfied,
			@RequestParam(required = false) String dissatisfied, StaffMember staff, RedirectAttributes redirect) {
		Verdicts counts = new Verdicts(count(satisfied), count(basicallySatisfied), count(dissatisfied));
		this.evaluations.record(commitmentId, sessionName, day(heldOn), counts, staff.username());
		redirect.addFlashAttribute("notice", "cycle.notice.evaluated");
		return page(year);
	}

	private static int count(String typed) {
		String value = FormText.clean(typed);
		if (value == null || !value.matches("[0-9]{1,6}")) {
			throw new org.minsheng.tracker.cycle.CycleException("cycle.vote.error.number",
					(value != null) ? value : "");
		}
		return Integer.parseInt(value);
	}

	static LocalDate day(String typed) {
		String value = FormText.clean(typed);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new org.minsheng.tracker.cycle.CycleException("cycle.error.date", value);
		}
	}

}
