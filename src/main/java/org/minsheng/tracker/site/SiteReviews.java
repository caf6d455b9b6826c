package org.minsheng.tracker.site;

import java.time.Clock;
import java.util.List;

import org.minsheng.tracker.site.SiteEvents.SiteApproved;
import org.minsheng.tracker.site.SiteEvents.SiteRejected;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision office reviews what editors filed about sites, as it reviews figures:
 * approve (the site's public record becomes this) or reject with a reason; never what
 * they filed themselves; a decision on something changed meanwhile is refused.
 */
@Service
public class SiteReviews {

	private final SiteRevisions revisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SiteReviews(SiteRevisions revisions, ApplicationEventPublisher events, Clock clock) {
		this.revisions = revisions;
		this.events = events;
		this.clock = clock;
	}

	/** Everything filed and not yet decided, oldest first, with its commitment. */
	@Transactional(readOnly = true)
	public List<SiteRevision> awaitingReview() {
		return this.revisions.findAwaitingReview();
	}

	@Transactional
	public void approve(Long revisionId, Long version, StaffMember reviewer) {
		SiteRevision revision = current(revisionId, version);
		String before = revision.snapshot();
		revision.approve(reviewer.id(), this.clock.instant());
		this.revisions.saveAndFlush(revision);
		this.events.publishEvent(
				new SiteApproved(reviewer.username(), revision.getSite().getId(), before, revision.snapshot()));
	}

	@Transactional
	public void reject(Long revisionId, Long version, String reason, StaffMember reviewer) {
		SiteRevision revision = current(revisionId, version);
		String before = revision.snapshot();
		revision.reject(reviewer.id(), reason, this.clock.instant());
		this.revisions.saveAndFlush(revision);
		this.events.publishEvent(new SiteRejected(reviewer.username(), revision.getSite().getId(), before,
				revision.snapshot(), revision.getRejectionReason()));
	}

	/**
	 * Approves what was filed last about a site without a signed-in reviewer (the
	 * demonstration data): {@code actor} names who in the audit trail.
	 */
	@Transactional
	public void approveFiledAs(Long siteId, String actor) {
		SiteRevision revision = this.revisions.findLatestOfSite(siteId)
			.orElseThrow(() -> new NotFoundException("notFound.sites", String.valueOf(siteId)));
		String before = revision.snapshot();
		revision.approve(null, this.clock.instant());
		this.revisions.saveAndFlush(revision);
		this.events.publishEvent(new SiteApproved(actor, siteId, before, revision.snapshot()));
	}

	private SiteRevision current(Long revisionId, Long version) {
		SiteRevision revision = this.revisions.findById(revisionId)
			.orElseThrow(() -> new NotFoundException("notFound.sites", String.valueOf(revisionId)));
		Versions.require(version, revision.getVersion(), () -> new SiteReviewException("sites.review.error.conflict"));
		return revision;
	}

}
