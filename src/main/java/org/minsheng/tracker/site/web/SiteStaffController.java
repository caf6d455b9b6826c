package org.minsheng.tracker.site.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.site.Photo;
import org.minsheng.tracker.site.PhotoRefusedException;
import org.minsheng.tracker.site.ProblemDesk;
import org.minsheng.tracker.site.SiteBoard;
import org.minsheng.tracker.site.SiteFiling;
import org.minsheng.tracker.site.SitePosters;
import org.minsheng.tracker.site.SiteRevision;
import org.minsheng.tracker.site.SiteState;
import org.minsheng.tracker.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors' sites: the sites of the count indicators their departments lead (with each
 * figure beside its sites), filing a new site or a change for review, the residents'
 * problem reports to answer, and the posters to print.
 */
@Controller
@RequestMapping("/staff/sites")
class SiteStaffController {

	static final String DESK_VIEW = "site/desk";

	static final String FORM_VIEW = "site/site-form";

	static final String REDIRECT_TO_DESK = "redirect:/staff/sites";

	private final SiteBoard board;

	private final SiteFiling filing;

	private final ProblemDesk problems;

	private final SitePosters posters;

	private final CountyDirectory counties;

	SiteStaffController(SiteBoard board, SiteFiling filing, ProblemDesk problems, SitePosters posters,
			CountyDirectory counties) {
		this.board = board;
		this.filing = filing;
		this.problems = problems;
		this.posters = posters;
		this.counties = counties;
	}

	@GetMapping
	String desk(@RequestParam(required = false) String tooLarge, StaffMember staff, Model model) {
		if (tooLarge != null) {
			model.addAttribute("error", "sites.error.photoTooLarge");
		}
		model.addAttribute("desks", this.board.deskOf(staff.departmentIds()));
		model.addAttribute("queue", this.problems.queueOf(staff));
		model.addAttribute("counties", this.counties.all());
		return DESK_VIEW;
	}

	@GetMapping("/new")
	String newSite(@RequestParam long indicator, StaffMember staff, Model model) {
		SiteForm form = new SiteForm();
		form.setState(SiteState.IN_SERVICE.name());
		model.addAttribute("form", form);
		return form(this.filing.indicatorFor(indicator, staff), null, model);
	}

	@PostMapping("/new")
	String fileNew(@RequestParam long indicator, @Valid @ModelAttribute("form") SiteForm form, BindingResult binding,
			@RequestParam(name = "photo", required = false) MultipartFile upload, StaffMember staff,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Indicator chosen = this.filing.indicatorFor(indicator, staff);
		form.check(binding);
		Photo photo = photo(upload, binding);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(chosen, null, model);
		}
		this.filing.fileNew(indicator, form.toDetails(this.counties.byCode(form.getCounty()).orElseThrow()), photo,
				staff);
		redirect.addFlashAttribute("notice", "sites.notice.filed");
		return REDIRECT_TO_DESK;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, StaffMember staff, Model model) {
		SiteRevision latest = this.filing.latest(id, staff);
		model.addAttribute("form", SiteForm.of(latest));
		return form(latest.getSite().getIndicator(), latest, model);
	}

	@PostMapping("/{id}/edit")
	String fileChange(@PathVariable long id, @Valid @ModelAttribute("form") SiteForm form, BindingResult binding,
			@RequestParam(name = "photo", required = false) MultipartFile upload, StaffMember staff,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		SiteRevision latest = this.filing.latest(id, staff);
		form.check(binding);
		Photo photo = photo(upload, binding);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(latest.getSite().getIndicator(), latest, model);
		}
		this.filing.fileChange(id, form.toDetails(this.counties.byCode(form.getCounty()).orElseThrow()), photo, staff);
		redirect.addFlashAttribute("notice", "sites.notice.filed");
		return REDIRECT_TO_DESK;
	}

	@PostMapping("/problems/{id}/reply")
	String reply(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reply, @RequestParam(required = false) String resolved,
			StaffMember staff, RedirectAttributes redirect) {
		this.problems.answer(id, version, reply, resolved != null, staff);
		redirect.addFlashAttribute("notice", "sites.notice.replied");
		return REDIRECT_TO_DESK;
	}

	@GetMapping("/posters.pdf")
	ResponseEntity<byte[]> posters(@RequestParam int year, @RequestParam int number,
			@RequestParam(required = false) String county, Locale locale) {
		String only = (county == null || county.isBlank()) ? null : county;
		return SitePageController.pdf(this.posters.batch(year, number, only, locale),
				"minsheng-posters-" + year + "-" + number + ((only != null) ? "-" + only : "") + ".pdf");
	}

	private String form(Indicator indicator, SiteRevision latest, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("latest", latest);
		model.addAttribute("counties", this.counties.all());
		model.addAttribute("states", SiteState.values());
		return FORM_VIEW;
	}

	private static Photo photo(MultipartFile upload, BindingResult binding) {
		if (upload == null || upload.isEmpty()) {
			return null;
		}
		try {
			return Photo.from(upload.getBytes());
		}
		catch (PhotoRefusedException ex) {
			binding.reject(ex.getMessageKey());
		}
		catch (IOException ex) {
			binding.reject("sites.error.photoFormat");
		}
		return null;
	}

}
