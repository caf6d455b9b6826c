package org.minsheng.tracker.bulletin;

import java.util.Locale;
import java.util.Map;

import org.minsheng.tracker.report.PdfPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The monthly bulletins of a year: the list of ended months, each month's page, and the
 * same as a PDF (the document the supervision office circulates).
 */
@Controller
class BulletinController {

	static final String LIST_VIEW = "bulletin/list";

	static final String VIEW = "bulletin/bulletin";

	static final String PDF_TEMPLATE = "bulletin/bulletin-pdf";

	private static final Logger log = LoggerFactory.getLogger(BulletinController.class);

	private final MonthlyBulletins bulletins;

	private final PdfPrinter printer;

	BulletinController(MonthlyBulletins bulletins, PdfPrinter printer) {
		this.bulletins = bulletins;
		this.printer = printer;
	}

	@GetMapping("/plans/{year}/bulletins")
	String list(@PathVariable int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("months", this.bulletins.endedMonths(year));
		return LIST_VIEW;
	}

	@GetMapping("/plans/{year}/bulletins/{month}")
	String page(@PathVariable int year, @PathVariable String month, Model model) {
		model.addAttribute("bulletin", this.bulletins.of(year, month));
		return VIEW;
	}

	@GetMapping("/plans/{year}/bulletins/{month}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year, @PathVariable String month, Locale locale) {
		Bulletin bulletin = this.bulletins.of(year, month);
		byte[] body = this.printer.print(PDF_TEMPLATE, Map.of("bulletin", bulletin),
				ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString(), locale);
		String name = String.format("minsheng-%d-bulletin-%02d.pdf", bulletin.year(), bulletin.month());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	@ExceptionHandler(PdfPrinter.UnavailableException.class)
	ModelAndView unavailable(PdfPrinter.UnavailableException exception) {
		log.error("The bulletin PDF cannot be made: {}", exception.getMessage());
		return new ModelAndView("report/pdf-unavailable", HttpStatus.SERVICE_UNAVAILABLE);
	}

}
