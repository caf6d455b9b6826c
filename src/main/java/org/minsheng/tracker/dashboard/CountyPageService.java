package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.county.CountyMention;
import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.CountyFigure;
import org.minsheng.tracker.source.SourceDocument;
import org.minsheng.tracker.source.SourceCatalog;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the published plans did in one county, where the data says so.
 */
@Service
public class CountyPageService {

	private final CountyDirectory counties;

	private final ApprovedReports reports;

	private final PlanCatalog plans;

	private final SourceCatalog sources;

	private final CommitmentViews views;

	CountyPageService(CountyDirectory counties, ApprovedReports reports, PlanCatalog plans, SourceCatalog sources,
			CommitmentViews views) {
		this.counties = counties;
		this.reports = reports;
		this.plans = plans;
		this.sources = sources;
		this.views = views;
	}

	@Transactional(readOnly = true)
	public CountyPage page(String code, AsOf asOf) {
		County county = this.counties.byCode(code.toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("notFound.county", code));
		Map<Long, CountyMention> mentionsByCommitment = this.counties.mentionsIn(county.getCode())
			.stream()
			.collect(Collectors.toMap(CountyMention::getCommitmentId, Function.identity()));
		List<CountyFigure> figures = this.reports.currentCountyFigures(county.getCode(), asOf);
		Set<Long> ids = new LinkedHashSet<>(mentionsByCommitment.keySet());
		figures.forEach((f) -> ids.add(f.getReport().getIndicator().getCommitment().getId()));
		List<CountyEntry> entries = ids.isEmpty() ? List.of()
				: entries(this.plans.publishedCommitments(ids), mentionsByCommitment, figures, asOf);
		return new CountyPage(CountyRef.of(county), entries, this.views.allCounties());
	}

	private List<CountyEntry> entries(List<Commitment> found, Map<Long, CountyMention> mentioned,
			List<CountyFigure> figures, AsOf asOf) {
		Map<Long, BigDecimal> figureByIndicator = new HashMap<>();
		figures.forEach((f) -> figureByIndicator.put(f.getReport().getIndicator().getId(), f.getFigure()));
		Map<Long, SourceView> sourceViews = this.sources
			.byIds(mentioned.values().stream().map(CountyMention::getSourceDocumentId).toList())
			.stream()
			.collect(Collectors.toMap(SourceDocument::getId, SourceView::of));
		List<CommitmentView> built = this.views.build(found, asOf);
		List<CountyEntry> entries = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Commitment commitment = found.get(i);
			CommitmentView view = built.get(i);
			List<CountyEntry.CountyLine> lines = new ArrayList<>();
			for (int k = 0; k < commitment.getIndicators().size(); k++) {
				BigDecimal figure = figureByIndicator.get(commitment.getIndicators().get(k).getId());
				if (figure != null) {
					lines.add(new CountyEntry.CountyLine(view.indicators().get(k), figure));
				}
			}
			CountyMention mention = mentioned.get(commitment.getId());
			entries.add(new CountyEntry(view, lines,
					(mention != null) ? sourceViews.get(mention.getSourceDocumentId()) : null,
					(mention != null) ? mention.getSourceQuote() : null));
		}
		return entries;
	}

}
