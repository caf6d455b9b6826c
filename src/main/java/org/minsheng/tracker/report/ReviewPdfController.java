package org.minsheng.tracker.report;

import java.util.Locale;

import org.minsheng.tracker.dashboard.PlanBoard;
import org.minsheng.tracker.dashboard.PlanBoardService;
import org.minsheng.tracker.progress.AsOf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /plans/{year}/review.pdf}: the year-end review as a PDF, as of {@code asOf}.
 */
@Controller
class ReviewPdfController {

	static final String UNAVAILABLE_VIEW = "report/pdf-unavailable";

	private static final Logger log = LoggerFactory.getLogger(ReviewPdfController.class);

	private final PlanBoardService boards;

	private final ReviewPdf pdf;

	ReviewPdfController(PlanBoardService boards, ReviewPdf pdf) {
		this.boards = boards;
		this.pdf = pdf;
	}

	@GetMapping("/plans/{year}/review.pdf")
	ResponseEntity<byte[]> review(@PathVariable int year, @RequestParam(name = "asOf", defaultValue = "") AsOf when,
			Locale locale) {
		PlanBoard board = this.boards.figures(year, when);
		byte[] body = this.pdf.render(board, when.day(),
				ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString(), locale);
		return ExportController.file(body, MediaType.APPLICATION_PDF,
				ExportController.fileName(year, "-review", when, "pdf"));
	}

	@ExceptionHandler(ReviewPdf.PdfUnavailableException.class)
	ModelAndView unavailable(ReviewPdf.PdfUnavailableException exception) {
		log.error("The review PDF cannot be made: {}", exception.getMessage());
		return new ModelAndView(UNAVAILABLE_VIEW, HttpStatus.SERVICE_UNAVAILABLE);
	}

}
