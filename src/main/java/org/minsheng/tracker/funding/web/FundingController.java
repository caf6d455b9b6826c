package org.minsheng.tracker.funding.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.funding.FundingDesk;
import org.minsheng.tracker.funding.FundingException;
import org.minsheng.tracker.funding.FundingSource;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Funding pages: editors file a commitment's funding ({@value #DESK}), the supervision
 * office reviews it ({@value #REVIEW}). A form with mistakes comes back as typed.
 */
@Controller
class FundingController {

	static final String DESK = "/staff/reports/funding";

	static final String REVIEW = "/staff/review/funding";

	private final FundingDesk desk;

	FundingController(FundingDesk desk) {
		this.desk = desk;
	}

	@GetMapping(DESK)
	String list(StaffMember staff, Model model) {
		model.addAttribute("commitments", this.desk.ledCommitments(staff));
		model.addAttribute("filed", this.desk.filedFor(staff));
		return "funding/desk";
	}

	@GetMapping(DESK + "/{commitmentId}")
	String form(@PathVariable Long commitmentId, StaffMember staff, Model model) {
		return show(this.desk.commitmentFor(commitmentId, staff), new FundingForm(), model);
	}

	@PostMapping(DESK + "/{commitmentId}")
	String file(@PathVariable Long commitmentId, @ModelAttribute("form") FundingForm form, BindingResult binding,
			StaffMember staff, Model model, RedirectAttributes redirect) {
		Commitment commitment = this.desk.commitmentFor(commitmentId, staff);
		Map<FundingSource, String> planned = new EnumMap<>(FundingSource.class);
		planned.put(FundingSource.CITY, form.getCity());
		planned.put(FundingSource.COUNTY, form.getCounty());
		planned.put(FundingSource.PROVINCIAL, form.getProvincial());
		planned.put(FundingSource.CENTRAL, form.getCentral());
		planned.put(FundingSource.OTHER, form.getOther());
		try {
			this.desk.file(commitmentId, form.getAsOf(), planned, form.getSpent(), form.getExplanation(), staff);
		}
		catch (InvalidInputException ex) {
			ex.reportTo(binding);
			return show(commitment, form, model);
		}
		redirect.addFlashAttribute("notice", "funding.notice.filed");
		return "redirect:" + DESK;
	}

	@GetMapping(REVIEW)
	String queue(StaffMember staff, Model model) {
		model.addAttribute("queue", this.desk.awaitingReview());
		model.addAttribute("me", staff.id());
		return "funding/review";
	}

	@PostMapping(REVIEW + "/{id}/approve")
	String approve(@PathVariable Long id, @RequestParam(required = false) Long version, StaffMember staff,
			RedirectAttributes redirect) {
		this.desk.approve(id, version, staff);
		redirect.addFlashAttribute("notice", "funding.notice.approved");
		return "redirect:" + REVIEW;
	}

	@PostMapping(REVIEW + "/{id}/reject")
	String reject(@PathVariable Long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, StaffMember staff, RedirectAttributes redirect) {
		this.desk.reject(id, version, reason, staff);
		redirect.addFlashAttribute("notice", "funding.notice.rejected");
		return "redirect:" + REVIEW;
	}

	@ExceptionHandler(FundingException.class)
	String notAllowed(FundingException exception, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", exception.getMessageKey());
		return "redirect:" + REVIEW;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedMeanwhile(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "funding.error.conflict");
		return "redirect:" + REVIEW;
	}

	private String show(Commitment commitment, FundingForm form, Model model) {
		model.addAttribute("commitment", commitment);
		model.addAttribute("form", form);
		model.addAttribute("sources", FundingSource.values());
		return "funding/form";
	}

}
