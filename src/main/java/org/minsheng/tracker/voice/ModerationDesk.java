package org.minsheng.tracker.voice;

import java.time.Clock;
import java.util.List;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.StaffUser;
import org.minsheng.tracker.staff.StaffDirectory;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.Versions;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModerationDesk(Suggestions suggestions, PlanCatalog plans, StaffDirectory staff, ApplicationEventPublisher events,
			Clock clock) {
		this.suggestions = suggestions;
		this.plans = plans;
		this.staff = staff;
		this.events = events;
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
	public void publish(long id, Long version, StaffMember moderator) {
		Suggestion suggestion = load(id, version);
		suggestion.publish(this.staff.account(moderator), this.clock);
		this.events.publishEvent(new SuggestionPublished(id, moderator.username()));
	}

	@Transactional
	public void reject(long id, Long version, String reason, StaffMember moderator) {
		Suggestion suggestion = load(id, version);
		suggestion.reject(this.staff.account(moderator), reason, this.clock);
		this.events.publishEvent(new SuggestionRejected(id, suggestion.getRejectionReason(), moderator.username()));
	}

	@Transactional
	public void merge(long id, Long version, Long targetId, StaffMember moderator) {
		Suggestion suggestion = load(id, version);
		Suggestion target = (targetId != null) ? this.suggestions.findById(targetId).orElse(null) : null;
		if (target == null) {
			throw new ModerationException("moderation.error.mergeTargetNotPublished");
		}
		suggestion.mergeInto(target, this.staff.account(moderator), this.clock);
		this.events.publishEvent(new SuggestionMerged(id, targetId, moderator.username()));
	}

	/** Links a published suggestion to a commitment of a published plan; null unlinks. */
	@Transactional
	public void link(long id, Long version, Long commitmentId, StaffMember moderator) {
		Suggestion suggestion = load(id, version);
		Commitment commitment = null;
		if (commitmentId != null) {
			commitment = this.plans.publishedCommitments(List.of(commitmentId))
				.stream()
				.findFirst()
				.orElseThrow(() -> new ModerationException("moderation.error.noSuchCommitment"));
		}
		Long before = (suggestion.getCommitment() != null) ? suggestion.getCommitment().getId() : null;
		suggestion.linkTo(commitment);
		this.events.publishEvent(new SuggestionLinked(id, before, commitmentId, moderator.username()));
	}

	private Suggestion load(long id, Long version) {
		Suggestion suggestion = this.suggestions.findById(id)
			.orElseThrow(() -> new NotFoundException("notFound.suggestion", id));
		Versions.require(version, suggestion.getVersion(),
				() -> new ObjectOptimisticLockingFailureException(Suggestion.class, id));
		return suggestion;
	}

}
