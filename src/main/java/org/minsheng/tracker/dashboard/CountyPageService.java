package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.county.CountyMention;
import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Plan;
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

	/**
	 * One year's published commitments in the county (the newest published year unless
	 * {@code year} names another): the work is bounded by one plan, however many years
	 * the portal holds.
	 */
	@Transactional(readOnly = true)
	public CountyPage page(String code, Integer year, AsOf asOf) {
		County county = this.counties.byCode(code.toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("notFound.county", code));
		List<Integer> years = this.plans.publishedPlans().stream().map(Plan::getYear).toList();
		if (year != null && !years.contains(year)) {
			throw new NotFoundException("notFound.plan", String.valueOf(year));
		}
		Integer shown = (year != null) ? year : years.stream().findFirst().orElse(null);
		if (shown == null) {
			return new CountyPage(CountyRef.of(county), null, years, List.of(), this.views.allCounties());
		}
		Map<Long, Commitment> ofYear = new LinkedHashMap<>();
		this.plans.publishedCommitmentsOf(List.of(shown)).forEach((c) -> ofYear.put(c.getId(), c));
		Map<Long, CountyMention> mentionsByCommitment = this.counties.mentionsIn(county.getCode())
			.stream()
			.filter((m) -> ofYear.containsKey(m.getCommitmentId()))
			.collect(Collectors.toMap(CountyMention::getCommitmentId, Function.identity()));
		Map<Long, BigDecimal> figureByIndicator = figuresIn(county, ofYear.keySet(), asOf);
		List<Commitment> found = ofYear.values()
			.stream()
			.filter((c) -> mentionsByCommitment.containsKey(c.getId())
					|| c.getIndicators().stream().anyMatch((i) -> figureByIndicator.containsKey(i.getId())))
			.toList();
		List<CountyEntry> entries = found.isEmpty() ? List.of()
				: entries(found, mentionsByCommitment, figureByIndicator, asOf);
		return new CountyPage(CountyRef.of(county), shown, years, entries, this.views.allCounties());
	}

	/** The county's figures in the current reports of these commitments, by indicator. */
	private Map<Long, BigDecimal> figuresIn(County county, Collection<Long> commitmentIds, AsOf asOf) {
		Map<Long, BigDecimal> figureByIndicator = new HashMap<>();
		if (commitmentIds.isEmpty()) {
			return figureByIndicator;
		}
		Map<Long, Long> indicatorByReport = new HashMap<>();
		this.reports.currentOf(commitmentIds, asOf)
			.forEach((r) -> indicatorByReport.put(r.getId(), r.getIndicator().getId()));
		if (indicatorByReport.isEmpty()) {
			return figureByIndicator;
		}
		for (CountyFigure figure : this.reports.countyFiguresOf(indicatorByReport.keySet())) {
			if (figure.getCounty().getCode().equals(county.getCode())) {
				figureByIndicator.put(indicatorByReport.get(figure.getReport().getId()), figure.getFigure());
			}
		}
		return figureByIndicator;
	}

	private List<CountyEntry> entries(List<Commitment> found, Map<Long, CountyMention> mentioned,
			Map<Long, BigDecimal> figureByIndicator, AsOf asOf) {
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
