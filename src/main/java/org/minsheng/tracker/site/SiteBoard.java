package org.minsheng.tracker.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.Figure;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.PublicViews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of sites: a commitment's sites (list by county, map, figures beside
 * sites, share of reports answered on time) and one site's page. A fixed number of
 * queries per page, however many sites there are.
 */
@Service("siteBoard")
public class SiteBoard {

	private final PlanCatalog catalog;

	private final CountyDirectory counties;

	private final ApprovedReports reports;

	private final Sites sites;

	private final SiteRevisions revisions;

	private final SiteRatings ratings;

	private final SiteProblems problems;

	private final Clock clock;

	private final PublicViews views;

	SiteBoard(PlanCatalog catalog, CountyDirectory counties, ApprovedReports reports, Sites sites,
			SiteRevisions revisions, SiteRatings ratings, SiteProblems problems, Clock clock, PublicViews views) {
		this.views = views;
		this.catalog = catalog;
		this.counties = counties;
		this.reports = reports;
		this.sites = sites;
		this.revisions = revisions;
		this.ratings = ratings;
		this.problems = problems;
		this.clock = clock;
	}

	/** A published commitment's sites, or 404. */
	@Transactional(readOnly = true)
	public CommitmentSites ofCommitment(int year, int number) {
		Plan plan = this.catalog.publishedPlan(year)
			.orElseThrow(() -> new NotFoundException("notFound.plan", String.valueOf(year)));
		Commitment commitment = this.catalog.commitment(plan, number)
			.orElseThrow(
					() -> new NotFoundException("notFound.commitment", String.valueOf(year), String.valueOf(number)));
		return of(commitment);
	}

	/**
	 * The same for the commitment page's section: nothing when there is no such
	 * commitment.
	 */
	public Optional<CommitmentSites> sectionOf(int year, int number) {
		return this.views.of("sites", List.of(year, number),
				() -> this.catalog.publishedPlan(year)
					.flatMap((plan) -> this.catalog.commitment(plan, number))
					.map(this::of));
	}

	private CommitmentSites of(Commitment commitment) {
		List<SiteCard> cards = this.revisions.findPublicOfCommitments(List.of(commitment.getId()))
			.stream()
			.map(SiteCard::of)
			.toList();
		if (cards.isEmpty()) {
			return new CommitmentSites(commitment.getPlan().getYear(), commitment.getNumber(), commitment.getTitle(),
					Map.of(), null, List.of(), new OnTimeShare(0, 0));
		}
		Map<String, LocalizedText> countyNames = new HashMap<>();
		for (County county : this.counties.all()) {
			countyNames.put(county.getCode(), county.getName());
		}
		Map<LocalizedText, List<SiteCard>> byCounty = new LinkedHashMap<>();
		for (SiteCard card : cards) {
			byCounty.computeIfAbsent(card.county(), (key) -> new ArrayList<>()).add(card);
		}
		return new CommitmentSites(commitment.getPlan().getYear(), commitment.getNumber(), commitment.getTitle(),
				byCounty, SiteMap.of(cards, countyNames), tallies(commitment, cards),
				OnTimeShare.of(this.problems.findPublishedOfCommitments(List.of(commitment.getId())),
						LocalDate.now(this.clock), this.clock.getZone()));
	}

	private List<IndicatorTally> tallies(Commitment commitment, List<SiteCard> cards) {
		Map<Long, Figure> figures = new HashMap<>();
		for (ProgressReport report : this.reports.currentOf(List.of(commitment.getId()), AsOf.latest(this.clock))) {
			if (report.reading().figure() != null) {
				figures.put(report.getIndicator().getId(), report.reading().figure());
			}
		}
		List<IndicatorTally> tallies = new ArrayList<>();
		for (Indicator indicator : commitment.getIndicators()) {
			if (indicator.getKind() != IndicatorKind.COUNT) {
				continue;
			}
			List<SiteCard> listed = cards.stream().filter((c) -> c.indicatorId().equals(indicator.getId())).toList();
			if (listed.isEmpty()) {
				continue;
			}
			int inService = (int) listed.stream().filter((c) -> c.state() == SiteState.IN_SERVICE).count();
			tallies.add(new IndicatorTally(indicator.getId(), indicator.getName(), indicator.getUnit(),
					figures.get(indicator.getId()), listed.size(), inService));
		}
		return tallies;
	}

	/**
	 * The sites page of an editor: every count indicator of the published commitments
	 * they lead.
	 */
	@Transactional(readOnly = true)
	public List<SiteDesk> deskOf(List<Long> departmentIds) {
		if (departmentIds.isEmpty()) {
			return List.of();
		}
		List<Commitment> led = this.catalog.ledBy(departmentIds)
			.stream()
			.filter((c) -> c.getPlan().isPublished())
			.filter((c) -> c.getIndicators().stream().anyMatch((i) -> i.getKind() == IndicatorKind.COUNT))
			.toList();
		if (led.isEmpty()) {
			return List.of();
		}
		List<SiteRevision> latest = this.revisions
			.findLatestOfCommitments(led.stream().map(Commitment::getId).toList());
		List<SiteDesk> desks = new ArrayList<>();
		for (Commitment commitment : led) {
			List<SiteCard> cards = this.revisions.findPublicOfCommitments(List.of(commitment.getId()))
				.stream()
				.map(SiteCard::of)
				.toList();
			desks.add(new SiteDesk(commitment,
					commitment.getIndicators().stream().filter((i) -> i.getKind() == IndicatorKind.COUNT).toList(),
					latest.stream()
						.filter((r) -> r.getSite().getIndicator().getCommitment().getId().equals(commitment.getId()))
						.toList(),
					tallies(commitment, cards)));
		}
		return desks;
	}

	/** A site's public page, or 404 while nothing about it is approved. */
	@Transactional(readOnly = true)
	public SitePage page(Long siteId) {
		SiteRevision revision = this.revisions.findPublicOfSite(siteId)
			.orElseThrow(() -> new NotFoundException("notFound.sites", String.valueOf(siteId)));
		Site site = this.sites.findWithCommitment(siteId).orElseThrow();
		Commitment commitment = site.getIndicator().getCommitment();
		long works = 0;
		long problem = 0;
		for (Object[] row : this.ratings.countBySite(List.of(siteId))) {
			if (Boolean.TRUE.equals(row[1])) {
				works = ((Number) row[2]).longValue();
			}
			else {
				problem = ((Number) row[2]).longValue();
			}
		}
		List<SiteProblem> published = this.problems.findPublishedOfSite(siteId);
		return new SitePage(SiteCard.of(revision), commitment.getPlan().getYear(), commitment.getNumber(),
				commitment.getTitle(),
				(commitment.getLeadDepartment() != null) ? commitment.getLeadDepartment().getName() : null,
				revision.hasPhoto(), works, problem, published.stream().filter(SiteProblem::isOpenAndUrgent).toList(),
				published);
	}

	/** The photo of a site's public record, or 404. */
	@Transactional(readOnly = true)
	public byte[] photo(Long siteId) {
		return this.revisions.findPublicOfSite(siteId)
			.filter(SiteRevision::hasPhoto)
			.map((revision) -> revision.getPhoto().getJpeg())
			.orElseThrow(() -> new NotFoundException("notFound.sites", String.valueOf(siteId)));
	}

	/** The photo of a published problem report, or 404. */
	@Transactional(readOnly = true)
	public byte[] problemPhoto(Long siteId, Long problemId) {
		return this.problems.findById(problemId)
			.filter((p) -> p.getSite().getId().equals(siteId) && p.getState() == ProblemState.PUBLISHED && p.hasPhoto())
			.map((p) -> p.getPhoto().getJpeg())
			.orElseThrow(() -> new NotFoundException("notFound.sites.problem", String.valueOf(problemId)));
	}

}
