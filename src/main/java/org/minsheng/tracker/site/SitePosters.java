package org.minsheng.tracker.site;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.share.QrCodes;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.PortalProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * 民生码 posters: per site an A4 page with the commitment, the site, a QR code of the site
 * page's permanent address (absolute, from {@code portal.sites.public-base-url}, never
 * from the request that printed it) and a short text; one PDF of every poster of a
 * commitment, or of a commitment's sites in one county, for a department to print. The
 * fonts are those of the review PDF (docs/fonts.md).
 */
@Service
public class SitePosters {

	static final String TEMPLATE = "site/poster";

	static final String CJK_FAMILY = "Droid Sans Fallback";

	static final String LATIN_FAMILY = "DejaVu Sans";

	private final SiteRevisions revisions;

	private final Sites sites;

	private final PlanCatalog catalog;

	private final QrCodes qr;

	private final SiteSettings settings;

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	private final PortalProperties.Pdf fonts;

	SitePosters(SiteRevisions revisions, Sites sites, PlanCatalog catalog, QrCodes qr, SiteSettings settings,
			SpringTemplateEngine templates, ApplicationContext context, PortalProperties portal) {
		this.revisions = revisions;
		this.sites = sites;
		this.catalog = catalog;
		this.qr = qr;
		this.settings = settings;
		this.templates = templates;
		this.context = context;
		this.fonts = portal.pdf();
	}

	/** The QR code of a site's page, as PNG. */
	public byte[] qrPng(Long siteId) {
		return this.qr.png(this.settings.siteAddress(siteId));
	}

	/** One site's poster, or 404 while the site is not public. */
	@Transactional(readOnly = true)
	public byte[] poster(Long siteId, Locale locale) {
		SiteRevision revision = this.revisions.findPublicOfSite(siteId)
			.orElseThrow(() -> new NotFoundException("notFound.sites", String.valueOf(siteId)));
		Commitment commitment = this.sites.findWithCommitment(siteId).orElseThrow().getIndicator().getCommitment();
		return render(List.of(poster(commitment, SiteCard.of(revision))), locale);
	}

	/**
	 * Every poster of a commitment's public sites, of one county's only when
	 * {@code countyCode} is given; 404 when there is none.
	 */
	@Transactional(readOnly = true)
	public byte[] batch(int year, int number, String countyCode, Locale locale) {
		Plan plan = this.catalog.publishedPlan(year)
			.orElseThrow(() -> new NotFoundException("notFound.plan", String.valueOf(year)));
		Commitment commitment = this.catalog.commitment(plan, number)
			.orElseThrow(
					() -> new NotFoundException("notFound.commitment", String.valueOf(year), String.valueOf(number)));
		List<Poster> posters = new ArrayList<>();
		for (SiteRevision revision : this.revisions.findPublicOfCommitments(List.of(commitment.getId()))) {
			if (countyCode == null || countyCode.equals(revision.getCounty().getCode())) {
				posters.add(poster(commitment, SiteCard.of(revision)));
			}
		}
		if (posters.isEmpty()) {
			throw new NotFoundException("notFound.sites.posters", String.valueOf(year), String.valueOf(number));
		}
		return render(posters, locale);
	}

	private Poster poster(Commitment commitment, SiteCard site) {
		String address = this.settings.siteAddress(site.id());
		String qrUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(this.qr.png(address));
		return new Poster(commitment.getPlan().getYear(), commitment.getNumber(), commitment.getTitle(), site, address,
				qrUri);
	}

	private byte[] render(List<Poster> posters, Locale locale) {
		File cjk = this.fonts.cjkFont();
		if (!cjk.isFile() || !cjk.canRead()) {
			throw new PostersUnavailableException(cjk.getPath());
		}
		Context variables = new Context(locale);
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		variables.setVariable("posters", posters);
		variables.setVariable("fontFamily", "\"" + LATIN_FAMILY + "\", \"" + CJK_FAMILY + "\"");
		String xhtml = this.templates.process(TEMPLATE, variables);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			if (this.fonts.latinFont().isFile()) {
				builder.useFont(this.fonts.latinFont(), LATIN_FAMILY, 400, FontStyle.NORMAL, true);
			}
			if (this.fonts.latinBoldFont().isFile()) {
				builder.useFont(this.fonts.latinBoldFont(), LATIN_FAMILY, 700, FontStyle.NORMAL, true);
			}
			builder.useFont(cjk, CJK_FAMILY);
			builder.withHtmlContent(xhtml, this.settings.publicBaseUrl() + "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The CJK font is not installed: no poster can show the Chinese text. */
	public static class PostersUnavailableException extends RuntimeException {

		PostersUnavailableException(String fontPath) {
			super("CJK font not found: " + fontPath);
		}

	}

}
