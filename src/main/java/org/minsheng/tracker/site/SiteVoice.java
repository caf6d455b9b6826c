package org.minsheng.tracker.site;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.minsheng.tracker.site.SiteEvents.SiteRated;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.voice.VisitorGuard;
import org.minsheng.tracker.workday.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents at a site: a rating (works well / has a problem) and a problem report, each
 * rate-limited per (hashed) client address like suggestions. A report is due an answer
 * from the lead department within {@link SiteProblem#REPLY_WORKING_DAYS} working days of
 * the day it was sent.
 */
@Service
public class SiteVoice {

	static final String RATE_ACTION = "site-rating";

	static final String REPORT_ACTION = "site-problem";

	private final Sites sites;

	private final SiteRevisions revisions;

	private final SiteRatings ratings;

	private final SiteProblems problems;

	private final SitePhotos photos;

	private final VisitorGuard limits;

	private final WorkingDays workingDays;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SiteSettings settings;

	SiteVoice(Sites sites, SiteRevisions revisions, SiteRatings ratings, SiteProblems problems, SitePhotos photos,
			VisitorGuard limits, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock,
			SiteSettings settings) {
		this.sites = sites;
		this.revisions = revisions;
		this.ratings = ratings;
		this.problems = problems;
		this.photos = photos;
		this.limits = limits;
		this.workingDays = workingDays;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
	}

	@Transactional
	public ResidentOutcome rate(Long siteId, boolean works, String remoteAddress) {
		Site site = publicSite(siteId);
		if (!this.limits.tryAcquire(RATE_ACTION, remoteAddress, this.settings.ratingsPerHour())) {
			return ResidentOutcome.RATE_LIMITED;
		}
		this.ratings.save(new SiteRating(site, works, this.limits.address(remoteAddress), this.clock.instant()));
		this.events.publishEvent(new SiteRated(siteId));
		return ResidentOutcome.RECEIVED;
	}

	/** Counts an attempt against the address without storing anything (a bot's form). */
	public void trap(String remoteAddress) {
		this.limits.tryAcquire(REPORT_ACTION, remoteAddress, this.settings.reportsPerHour());
	}

	@Transactional
	public ResidentOutcome report(Long siteId, ProblemReport report, String remoteAddress) {
		Site site = publicSite(siteId);
		if (!this.limits.tryAcquire(REPORT_ACTION, remoteAddress, this.settings.reportsPerHour())) {
			return ResidentOutcome.RATE_LIMITED;
		}
		Instant now = this.clock.instant();
		LocalDate due = this.workingDays.plusWorkingDays(LocalDate.now(this.clock), SiteProblem.REPLY_WORKING_DAYS);
		SitePhoto photo = (report.photo() != null) ? this.photos.save(new SitePhoto(report.photo(), now)) : null;
		this.problems.save(new SiteProblem(site, report.category(), report.text(), report.contact(), photo, now, due));
		return ResidentOutcome.RECEIVED;
	}

	/**
	 * Files a problem report as the demonstration data does (no rate limit); returns its
	 * id.
	 */
	@Transactional
	public Long reportAsDemonstration(Long siteId, ProblemReport report) {
		Site site = publicSite(siteId);
		Instant now = this.clock.instant();
		LocalDate due = this.workingDays.plusWorkingDays(LocalDate.now(this.clock), SiteProblem.REPLY_WORKING_DAYS);
		return this.problems
			.save(new SiteProblem(site, report.category(), report.text(), report.contact(), null, now, due))
			.getId();
	}

	private Site publicSite(Long siteId) {
		if (this.revisions.findPublicOfSite(siteId).isEmpty()) {
			throw new NotFoundException("notFound.sites", String.valueOf(siteId));
		}
		return this.sites.getReferenceById(siteId);
	}

}
