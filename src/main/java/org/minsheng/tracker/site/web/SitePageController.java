package org.minsheng.tracker.site.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.minsheng.tracker.site.Photo;
import org.minsheng.tracker.site.PhotoRefusedException;
import org.minsheng.tracker.site.ProblemCategory;
import org.minsheng.tracker.site.ResidentOutcome;
import org.minsheng.tracker.site.SiteBoard;
import org.minsheng.tracker.site.SitePosters;
import org.minsheng.tracker.site.SiteVoice;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A site's public page (the address its QR code holds) with the residents' rating and
 * problem forms, its photo, QR code and poster; and a commitment's sites by county and on
 * the map. The residents' posts keep no server session: the thanks travel in the
 * redirect's address ({@code ?sent}, {@code ?rated}).
 */
@Controller
class SitePageController {

	static final String VIEW = "site/site";

	static final String LIST_VIEW = "site/sites";

	private final SiteBoard board;

	private final SiteVoice voice;

	private final SitePosters posters;

	SitePageController(SiteBoard board, SiteVoice voice, SitePosters posters) {
		this.board = board;
		this.voice = voice;
		this.posters = posters;
	}

	@GetMapping("/plans/{year}/commitments/{number}/sites")
	String commitmentSites(@PathVariable int year, @PathVariable int number, Model model) {
		model.addAttribute("sites", this.board.ofCommitment(year, number));
		return LIST_VIEW;
	}

	@GetMapping("/sites/{id}")
	String site(@PathVariable long id, @RequestParam(required = false) String sent,
			@RequestParam(required = false) String rated, @RequestParam(required = false) String limited,
			@RequestParam(required = false) String tooLarge, Model model) {
		if (sent != null) {
			model.addAttribute("notice", "sites.notice.reportReceived");
		}
		else if (rated != null) {
			model.addAttribute("notice", "sites.notice.rated");
		}
		else if (limited != null) {
			model.addAttribute("refusal", "sites.error.rateLimited");
		}
		else if (tooLarge != null) {
			model.addAttribute("refusal", "sites.error.photoTooLarge");
		}
		model.addAttribute("form", new ProblemForm());
		return page(id, model);
	}

	@PostMapping("/sites/{id}/rating")
	String rate(@PathVariable long id, @RequestParam(required = false) String works, HttpServletRequest request) {
		if (!"yes".equals(works) && !"no".equals(works)) {
			return "redirect:/sites/" + id;
		}
		ResidentOutcome outcome = this.voice.rate(id, "yes".equals(works), request.getRemoteAddr());
		return "redirect:/sites/" + id + ((outcome == ResidentOutcome.RATE_LIMITED) ? "?limited" : "?rated");
	}

	@PostMapping("/sites/{id}/problems")
	String report(@PathVariable long id, @Valid @ModelAttribute("form") ProblemForm form, BindingResult binding,
			@RequestParam(name = "photo", required = false) MultipartFile upload, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		this.board.page(id);
		if (form.isFilledInByABot()) {
			this.voice.trap(request.getRemoteAddr());
			return "redirect:/sites/" + id + "?sent";
		}
		if (!binding.hasFieldErrors("category") && ProblemCategory.fromParameter(form.getCategory()) == null) {
			binding.rejectValue("category", "sites.problem.error.categoryRequired");
		}
		Photo photo = null;
		if (upload != null && !upload.isEmpty()) {
			try {
				photo = Photo.from(upload.getBytes());
			}
			catch (PhotoRefusedException | IOException ex) {
				binding.reject((ex instanceof PhotoRefusedException refused) ? refused.getMessageKey()
						: "sites.error.photoFormat");
			}
		}
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(id, model);
		}
		ResidentOutcome outcome = this.voice.report(id, form.toReport(photo), request.getRemoteAddr());
		if (outcome == ResidentOutcome.RATE_LIMITED) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("refusal", "sites.error.rateLimited");
			return page(id, model);
		}
		return "redirect:/sites/" + id + "?sent";
	}

	private String page(long id, Model model) {
		model.addAttribute("page", this.board.page(id));
		model.addAttribute("categories", ProblemCategory.values());
		return VIEW;
	}

	@GetMapping("/sites/{id}/photo.jpg")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		return image(this.board.photo(id), MediaType.IMAGE_JPEG);
	}

	@GetMapping("/sites/{id}/problems/{problemId}/photo.jpg")
	ResponseEntity<byte[]> problemPhoto(@PathVariable long id, @PathVariable long problemId) {
		return image(this.board.problemPhoto(id, problemId), MediaType.IMAGE_JPEG);
	}

	@GetMapping("/sites/{id}/qr.png")
	ResponseEntity<byte[]> qr(@PathVariable long id) {
		this.board.page(id);
		return image(this.posters.qrPng(id), MediaType.IMAGE_PNG);
	}

	@GetMapping("/sites/{id}/poster.pdf")
	ResponseEntity<byte[]> poster(@PathVariable long id, Locale locale) {
		return pdf(this.posters.poster(id, locale), "minsheng-site-" + id + ".pdf");
	}

	static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(body);
	}

	private static ResponseEntity<byte[]> image(byte[] body, MediaType type) {
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache()).body(body);
	}

}
