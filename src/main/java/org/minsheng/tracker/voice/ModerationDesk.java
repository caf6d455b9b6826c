package org.minsheng.tracker.voice;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.minsheng.tracker.audit.AuditAction;
import org.minsheng.tracker.audit.AuditTrail;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.staff.StaffUser;
import org.minsheng.tracker.staff.StaffDirectory;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation queue: publish, reject with a reason, merge a duplicate into a published
 * suggestion, and link a published suggestion to the commitment it became. Every decision
 * is audited; those that change public pages bump the public revision.
 */
@Service
public class ModerationDesk {

	private final Suggestions suggestions;

	private final PlanCatalog plans;

	private final StaffDirectory staff;

	private final AuditTrail audit;

	private final PublicRevision revision;

	private final Clock clock;

	ModerationDesk(Suggestions suggestions, PlanCatalog plans, StaffDirectory staff, AuditTrail audit,
			PublicRevision revision, Clock clock) {
		this.suggestions = suggestions;
		this.plans = plans;
		this.staff = staff;
		this.audit = audit;
		this.revision = revision;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Suggestion> pending() {
		return this.suggestions.findPending();
	}

	@Transactional(readOnly = true)
	public List<Suggestion> published() {
		return this.suggestions.findPublished(null, null);
	}

	/** The commitments of published plans a suggestion may be linked to. */
	@Transactional(readOnly = true)
	public List<CommitmentOption> commitmentOptions() {
		return this.plans.publishedCommitments()
			.stream()
			.map((c) -> new CommitmentOption(c.getId(), c.getPlan().getYear(), c.getNumber(), c.getTitle()))
			.toList();
	}

	@Transactional
	public void publish(long id, Long version, String username) {
		Suggestion suggestion = load(id, version);
		suggestion.publish(moderator(username), this.clock);
		this.audit.record(username, AuditAction.SUGGESTION_PUBLISHED, "suggestion", id, "PENDING", "PUBLISHED", null);
		this.revision.bump();
	}

	@Transactional
	public void reject(long id, Long version, String reason, String username) {
		Suggestion suggestion = load(id, version);
		suggestion.reject(moderator(username), reason, this.clock);
		this.audit.record(username, AuditAction.SUGGESTION_REJECTED, "suggestion", id, "PENDING", "REJECTED",
				suggestion.getRejectionReason());
	}

	@Transactional
	public void merge(long id, Long version, Long targetId, String username) {
		Suggestion suggestion = load(id, version);
		Suggestion target = (targetId != null) ? this.suggestions.findById(targetId).orElse(null) : null;
		if (target == null) {
			throw new ModerationException("moderation.error.mergeTargetNotPublished");
		}
		suggestion.mergeInto(target, moderator(username), this.clock);
		this.audit.record(username, AuditAction.SUGGESTION_MERGED, "suggestion", id, "PENDING",
				"MERGED into " + targetId, null);
		this.revision.bump();
	}

	/** Links a published suggestion to a commitment of a published plan; null unlinks. */
	@Transactional
	public void link(long id, Long commitmentId, String username) {
		Suggestion suggestion = this.suggestions.findById(id)
			.orElseThrow(() -> new NotFoundException("notFound.suggestion", id));
		Commitment commitment = null;
		if (commitmentId != null) {
			commitment = this.plans.publishedCommitments(List.of(commitmentId))
				.stream()
				.findFirst()
				.orElseThrow(() -> new ModerationException("moderation.error.noSuchCommitment"));
		}
		String before = (suggestion.getCommitment() != null) ? String.valueOf(suggestion.getCommitment().getId())
				: null;
		suggestion.linkTo(commitment);
		this.audit.record(username, AuditAction.SUGGESTION_LINKED, "suggestion", id, before,
				Objects.toString(commitmentId, null), null);
		this.revision.bump();
	}

	private Suggestion load(long id, Long version) {
		Suggestion suggestion = this.suggestions.findById(id)
			.orElseThrow(() -> new NotFoundException("notFound.suggestion", id));
		if (version != null && version != suggestion.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Suggestion.class, id);
		}
		return suggestion;
	}

	private StaffUser moderator(String username) {
		return this.staff.find(username).orElseThrow();
	}

}
