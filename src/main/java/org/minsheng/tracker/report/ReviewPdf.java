package org.minsheng.tracker.report;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.minsheng.tracker.dashboard.PlanBoard;
import org.minsheng.tracker.system.PortalProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The year-end review as a PDF: a plain print template rendered by Thymeleaf, laid out by
 * openhtmltopdf, with a CJK TrueType font embedded (subset) so Chinese shows on any
 * reader. The font comes from a system package (Debian's {@code fonts-droid-fallback});
 * without it there is no PDF, and the visitor is told so.
 */
@Component
class ReviewPdf {

	static final String TEMPLATE = "report/review-pdf";

	static final String FONT_FAMILY = "Droid Sans Fallback";

	static final String LATIN_FAMILY = "DejaVu Sans";

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	private final File font;

	private final File latinFont;

	private final File latinBoldFont;

	ReviewPdf(SpringTemplateEngine templates, ApplicationContext context, PortalProperties settings) {
		this.templates = templates;
		this.context = context;
		this.font = settings.pdf().cjkFont();
		this.latinFont = settings.pdf().latinFont();
		this.latinBoldFont = settings.pdf().latinBoldFont();
	}

	byte[] render(PlanBoard board, LocalDate asOfDay, String baseUri, Locale locale) {
		if (!this.font.isFile() || !this.font.canRead()) {
			throw new PdfUnavailableException(this.font.getPath());
		}
		Context variables = new Context(locale);
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		variables.setVariable("board", board);
		variables.setVariable("asOfDay", asOfDay);
		variables.setVariable("fontFamily", "\"" + LATIN_FAMILY + "\", \"" + FONT_FAMILY + "\"");
		String xhtml = this.templates.process(TEMPLATE, variables);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			if (this.latinFont.isFile()) {
				builder.useFont(this.latinFont, LATIN_FAMILY, 400, FontStyle.NORMAL, true);
			}
			if (this.latinBoldFont.isFile()) {
				builder.useFont(this.latinBoldFont, LATIN_FAMILY, 700, FontStyle.NORMAL, true);
			}
			builder.useFont(this.font, FONT_FAMILY);
			builder.withHtmlContent(xhtml, baseUri);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The CJK font is not installed: no PDF can show the Chinese text. */
	static class PdfUnavailableException extends RuntimeException {

		PdfUnavailableException(String fontPath) {
			super("CJK font not found: " + fontPath);
		}

	}

}
