package org.minsheng.tracker.voice;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.minsheng.tracker.audit.AuditAction;
import org.minsheng.tracker.audit.AuditTrail;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Commitments;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.StaffUser;
import org.minsheng.tracker.staff.StaffUsers;
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

	private final Commitments commitments;

	private final StaffUsers users;

	private final AuditTrail audit;

	private final PublicRevision revision;

	private final Clock clock;

	ModerationDesk(Suggestions suggestions, Commitments commitments, StaffUsers users, AuditTrail audit,
			PublicRevision revision, Clock clock) {
		this.suggestions = suggestions;
		this.commitments = commitments;
		this.users = users;
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
		return this.commitments.findAllPublished()
			.stream()
			.map((c) -> new CommitmentOption(c.getId(), c.getPlan().getYear(), c.getNumber(), c.getTitle()))
			.toList();
	}

	@Transactional
	public void publish(long id, Long version, StaffMember moderator) {
		Suggestion suggestion = load(id, version);
		suggestion.publish(account(moderator), this.clock);
		this.audit.record(moderator.username(), AuditAction.SUGGESTION_PUBLISHED, "suggestion", id, "PENDING",
				"PUBLISHED", null);
		this.revision.bump();
	}

	@Transactional
	public void reject(long id, Long version, String reason, StaffMember moderator) {
		Suggestion suggestion = load(id, version);
		suggestion.reject(account(moderator), reason, this.clock);
		this.audit.record(moderator.username(), AuditAction.SUGGESTION_REJECTED, "suggestion", id, "PENDING",
				"REJECTED", suggestion.getRejectionReason());
	}

	@Transactional
	public void merge(long id, Long version, Long targetId, StaffMember moderator) {
		Suggestion suggestion = load(id, version);
		Suggestion target = (targetId != null) ? this.suggestions.findById(targetId).orElse(null) : null;
		if (target == null) {
			throw new ModerationException("moderation.error.mergeTargetNotPublished");
		}
		suggestion.mergeInto(target, account(moderator), this.clock);
		this.audit.record(moderator.username(), AuditAction.SUGGESTION_MERGED, "suggestion", id, "PENDING",
				"MERGED into " + targetId, null);
		this.revision.bump();
	}

	/** Links a published suggestion to a commitment of a published plan; null unlinks. */
	@Transactional
	public void link(long id, Long commitmentId, StaffMember moderator) {
		Suggestion suggestion = this.suggestions.findById(id)
			.orElseThrow(() -> new NotFoundException("notFound.suggestion", id));
		Commitment commitment = null;
		if (commitmentId != null) {
			commitment = this.commitments.findPublishedByIds(List.of(commitmentId))
				.stream()
				.findFirst()
				.orElseThrow(() -> new ModerationException("moderation.error.noSuchCommitment"));
		}
		String before = (suggestion.getCommitment() != null) ? String.valueOf(suggestion.getCommitment().getId())
				: null;
		suggestion.linkTo(commitment);
		this.audit.record(moderator.username(), AuditAction.SUGGESTION_LINKED, "suggestion", id, before,
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

	/** The signed-in moderator's account, checked by the web edge for this request. */
	private StaffUser account(StaffMember moderator) {
		return this.users.getReferenceById(moderator.id());
	}

}
