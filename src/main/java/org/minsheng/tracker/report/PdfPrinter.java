package org.minsheng.tracker.report;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.minsheng.tracker.system.PortalProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Prints a plain print template as a PDF: rendered by Thymeleaf, laid out by
 * openhtmltopdf, with a CJK TrueType font embedded (subset) so Chinese shows on any
 * reader (see {@code docs/fonts.md}). The template gets {@code fontFamily} for its CSS.
 * Without the CJK font there is no PDF ({@link UnavailableException}). The year-end
 * review and the monthly bulletin print through it.
 */
@Component
public class PdfPrinter {

	static final String FONT_FAMILY = "Droid Sans Fallback";

	static final String LATIN_FAMILY = "DejaVu Sans";

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	private final File font;

	private final File latinFont;

	private final File latinBoldFont;

	PdfPrinter(SpringTemplateEngine templates, ApplicationContext context, PortalProperties settings) {
		this.templates = templates;
		this.context = context;
		this.font = settings.pdf().cjkFont();
		this.latinFont = settings.pdf().latinFont();
		this.latinBoldFont = settings.pdf().latinBoldFont();
	}

	/** The template rendered with these variables, as a PDF. */
	public byte[] print(String template, Map<String, Object> variables, String baseUri, Locale locale) {
		if (!this.font.isFile() || !this.font.canRead()) {
			throw new UnavailableException(this.font.getPath());
		}
		Context context = new Context(locale);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		variables.forEach(context::setVariable);
		context.setVariable("fontFamily", "\"" + LATIN_FAMILY + "\", \"" + FONT_FAMILY + "\"");
		String xhtml = this.templates.process(template, context);
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
	public static class UnavailableException extends RuntimeException {

		UnavailableException(String fontPath) {
			super("CJK font not found: " + fontPath);
		}

	}

}
