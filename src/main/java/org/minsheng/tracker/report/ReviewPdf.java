package org.minsheng.tracker.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.minsheng.tracker.dashboard.PlanBoard;
import org.springframework.stereotype.Component;

/**
 * The year-end review as a PDF, printed by {@link PdfPrinter} from a plain print
 * template. The CJK font comes from a system package (Debian's
 * {@code fonts-droid-fallback}); without it there is no PDF, and the visitor is told so.
 */
@Component
class ReviewPdf {

	static final String TEMPLATE = "report/review-pdf";

	private final PdfPrinter printer;

	ReviewPdf(PdfPrinter printer) {
		this.printer = printer;
	}

	byte[] render(PlanBoard board, LocalDate asOfDay, String baseUri, Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("board", board);
		variables.put("asOfDay", asOfDay);
		try {
			return this.printer.print(TEMPLATE, variables, baseUri, locale);
		}
		catch (PdfPrinter.UnavailableException ex) {
			throw new PdfUnavailableException(ex.getMessage());
		}
	}

	/** The CJK font is not installed: no PDF can show the Chinese text. */
	static class PdfUnavailableException extends RuntimeException {

		PdfUnavailableException(String message) {
			super(message);
		}

	}

}
