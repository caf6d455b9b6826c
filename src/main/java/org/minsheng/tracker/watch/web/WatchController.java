package org.minsheng.tracker.watch.web;

import jakarta.servlet.http.HttpServletRequest;

import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.watch.WatchException;
import org.minsheng.tracker.watch.WatchList;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervision office's watch list (挂牌督办): who is on it, and the forms to place a
 * commitment and to lift one. A form with mistakes comes back as typed.
 */
@Controller
@RequestMapping(WatchController.PATH)
class WatchController {

	static final String PATH = "/staff/review/watch";

	static final String VIEW = "watch/office";

	private final WatchList watchList;

	WatchController(WatchList watchList) {
		this.watchList = watchList;
	}

	@GetMapping
	String page(Model model) {
		return show(new WatchForm(), model);
	}

	@PostMapping
	String place(@ModelAttribute("form") WatchForm form, BindingResult binding, StaffMember staff, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return show(form, model);
		}
		try {
			this.watchList.place(form.getYear(), form.getNumber(), form.getReason(), form.getDeadline(), staff);
		}
		catch (InvalidInputException ex) {
			ex.reportTo(binding);
			return show(form, model);
		}
		redirect.addFlashAttribute("notice", "watch.notice.placed");
		return "redirect:" + PATH;
	}

	@PostMapping("/{id}/lift")
	String lift(@PathVariable Long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String note, StaffMember staff, RedirectAttributes redirect) {
		this.watchList.lift(id, version, note, staff);
		redirect.addFlashAttribute("notice", "watch.notice.lifted");
		return "redirect:" + PATH;
	}

	@ExceptionHandler(WatchException.class)
	String notAllowed(WatchException exception, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", exception.getMessageKey());
		return "redirect:" + PATH;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedMeanwhile(HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "watch.error.conflict");
		return "redirect:" + PATH;
	}

	private String show(WatchForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("entries", this.watchList.history());
		return VIEW;
	}

}
