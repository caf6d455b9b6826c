package org.minsheng.tracker.site;

import java.time.Clock;
import java.time.Instant;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.site.SiteEvents.SiteFiled;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors file the sites of the count indicators their departments lead: a new site, or a
 * change to one (its state, say), each submitted for review. A photo is re-encoded before
 * it is stored; a change without a new photo keeps the old one.
 */
@Service
public class SiteFiling {

	private final PlanCatalog catalog;

	private final Sites sites;

	private final SiteRevisions revisions;

	private final SitePhotos photos;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SiteFiling(PlanCatalog catalog, Sites sites, SiteRevisions revisions, SitePhotos photos,
			ApplicationEventPublisher events, Clock clock) {
		this.catalog = catalog;
		this.sites = sites;
		this.revisions = revisions;
		this.photos = photos;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A count indicator of a published plan whose lead department the editor belongs to.
	 */
	@Transactional(readOnly = true)
	public Indicator indicatorFor(Long indicatorId, StaffMember editor) {
		Indicator indicator = this.catalog.indicator(indicatorId)
			.filter((i) -> i.getKind() == IndicatorKind.COUNT && i.getCommitment().getPlan().isPublished())
			.orElseThrow(() -> new NotFoundException("notFound.sites.indicator", String.valueOf(indicatorId)));
		requireLead(indicator.getCommitment(), editor);
		return indicator;
	}

	/** Files a new site for review; returns its id. */
	@Transactional
	public Long fileNew(Long indicatorId, SiteDetails details, Photo photo, StaffMember editor) {
		Indicator indicator = indicatorFor(indicatorId, editor);
		return fileNew(indicator, details, photo, editor.id(), indicator.getCommitment().getLeadDepartment(),
				editor.username(), false);
	}

	/**
	 * Files a new site without an editor (the demonstration data): {@code actor} names
	 * who in the audit trail.
	 */
	@Transactional
	public Long fileNew(Indicator indicator, SiteDetails details, Photo photo, Long filer, Department department,
			String actor, boolean demonstration) {
		Instant now = this.clock.instant();
		Site site = this.sites.save(new Site(indicator, now, demonstration));
		SiteRevision revision = this.revisions
			.save(SiteRevision.submitted(site, details, store(photo, now), filer, department, now));
		this.events.publishEvent(new SiteFiled(actor, site.getId(), null, revision.snapshot()));
		return site.getId();
	}

	/**
	 * Files a change to a site for review: it stays as it is in public until approved.
	 */
	@Transactional
	public void fileChange(Long siteId, SiteDetails details, Photo photo, StaffMember editor) {
		Site site = siteFor(siteId, editor);
		SiteRevision latest = this.revisions.findLatestOfSite(siteId).orElseThrow();
		if (latest.getReviewState() == SiteReview.SUBMITTED) {
			throw new SiteReviewException("sites.error.awaitingReview");
		}
		Instant now = this.clock.instant();
		SitePhoto kept = (photo != null) ? store(photo, now) : latest.getPhoto();
		SiteRevision revision = this.revisions.save(SiteRevision.submitted(site, details, kept, editor.id(),
				site.getIndicator().getCommitment().getLeadDepartment(), now));
		this.events.publishEvent(new SiteFiled(editor.username(), siteId, latest.snapshot(), revision.snapshot()));
	}

	/** A site of a commitment the editor's department leads, or 404 / 403. */
	@Transactional(readOnly = true)
	public Site siteFor(Long siteId, StaffMember editor) {
		Site site = this.sites.findWithCommitment(siteId)
			.orElseThrow(() -> new NotFoundException("notFound.sites", String.valueOf(siteId)));
		requireLead(site.getIndicator().getCommitment(), editor);
		return site;
	}

	/** What was filed last about a site (for the change form). */
	@Transactional(readOnly = true)
	public SiteRevision latest(Long siteId, StaffMember editor) {
		siteFor(siteId, editor);
		return this.revisions.findLatestOfSite(siteId)
			.orElseThrow(() -> new NotFoundException("notFound.sites", String.valueOf(siteId)));
	}

	private SitePhoto store(Photo photo, Instant now) {
		return (photo != null) ? this.photos.save(new SitePhoto(photo, now)) : null;
	}

	private static void requireLead(Commitment commitment, StaffMember editor) {
		if (!editor.belongsTo(commitment.getLeadDepartment())) {
			throw new AccessDeniedException("not a member of the lead department");
		}
	}

}
