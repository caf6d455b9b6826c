package org.minsheng.tracker.pace;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.Problem;
import org.minsheng.tracker.system.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff work on milestones: administrators set them while a plan is a draft; on a
 * published plan an editor of the lead department files a change with its reason, and the
 * supervision office approves it (nobody their own) or rejects it with a reason. Every
 * step is audited; only an approval changes what the public sees. Bad input changes
 * nothing.
 */
@Service
public class MilestoneDesk {

	static final int MAX_REASON = 500;

	private final PlanCatalog plans;

	private final Milestones milestones;

	private final MilestoneChanges changes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MilestoneDesk(PlanCatalog plans, Milestones milestones, MilestoneChanges changes, ApplicationEventPublisher events,
			Clock clock) {
		this.plans = plans;
		this.milestones = milestones;
		this.changes = changes;
		this.events = events;
		this.clock = clock;
	}

	/** An indicator with its commitment and plan, or 404. */
	@Transactional(readOnly = true)
	public Indicator indicator(Long indicatorId) {
		if (indicatorId == null) {
			throw new NotFoundException("notFound.indicator", "");
		}
		return this.plans.indicator(indicatorId)
			.orElseThrow(() -> new NotFoundException("notFound.indicator", indicatorId));
	}

	/** An indicator an editor of its lead department may file for, or 404 / 403. */
	@Transactional(readOnly = true)
	public Indicator indicatorFor(Long indicatorId, StaffMember editor) {
		Indicator indicator = indicator(indicatorId);
		if (!editor.belongsTo(indicator.getCommitment().getLeadDepartment())) {
			throw new AccessDeniedException("not a member of the lead department");
		}
		return indicator;
	}

	/** The indicator's current milestones, one per line. */
	@Transactional(readOnly = true)
	public String currentLines(Long indicatorId) {
		return MilestoneLines.format(current(indicatorId));
	}

	private List<MilestonePoint> current(Long indicatorId) {
		return this.milestones.findOfIndicators(List.of(indicatorId)).stream().map(Milestone::point).toList();
	}

	/**
	 * Sets a draft plan's indicator's milestones (empty text: none, the calendar line).
	 */
	@Transactional
	public void setWhileDrafting(Long indicatorId, String text, String admin) {
		Indicator indicator = indicator(indicatorId);
		if (indicator.getCommitment().getPlan().isPublished()) {
			throw new PaceException("pace.error.published");
		}
		List<MilestonePoint> points = parse(text, indicator);
		String before = currentLines(indicatorId);
		replace(indicatorId, points);
		this.events.publishEvent(new MilestonesDrafted(indicatorId, before, MilestoneLines.format(points), admin));
	}

	/**
	 * Files a change of a published indicator's milestones for review.
	 * @return the change's id
	 */
	@Transactional
	public Long fileChange(Long indicatorId, String text, String reason, StaffMember editor) {
		Indicator indicator = indicatorFor(indicatorId, editor);
		if (!indicator.getCommitment().getPlan().isPublished()) {
			throw new PaceException("pace.error.draft");
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		if (reason == null || reason.isBlank()) {
			problems.add("reason", "pace.error.reasonRequired");
		}
		else if (reason.strip().length() > MAX_REASON) {
			problems.add("reason", "pace.error.reasonTooLong", MAX_REASON);
		}
		List<MilestonePoint> points = null;
		try {
			points = parse(text, indicator);
		}
		catch (InvalidInputException ex) {
			ex.getProblems().forEach((Problem p) -> problems.add(p.field(), p.messageKey(), p.arguments()));
		}
		String before = currentLines(indicatorId);
		String after = (points != null) ? MilestoneLines.format(points) : null;
		if (before.equals(after)) {
			problems.add(MilestoneLines.FIELD, "pace.error.unchanged");
		}
		problems.throwIfAny();
		if (this.changes.findAllOfIndicators(List.of(indicatorId))
			.stream()
			.anyMatch((c) -> c.getState() == ChangeState.SUBMITTED)) {
			throw new PaceException("pace.error.pendingExists");
		}
		MilestoneChange change = this.changes.saveAndFlush(new MilestoneChange(indicatorId, before, after, reason,
				editor.id(), editor.username(), this.clock.instant()));
		this.events.publishEvent(
				new MilestoneChangeFiled(change.getId(), change.snapshot(), change.getReason(), editor.username()));
		return change.getId();
	}

	/** The changes awaiting review, oldest first, each with its indicator. */
	@Transactional(readOnly = true)
	public List<ReviewEntry> awaitingReview() {
		return entries(this.changes.findAwaitingReview());
	}

	/**
	 * The changes filed for the indicators of the commitments an editor's departments
	 * lead.
	 */
	@Transactional(readOnly = true)
	public List<ReviewEntry> filedFor(StaffMember editor) {
		List<Long> ids = ledIndicators(editor).stream().map(Indicator::getId).toList();
		return ids.isEmpty() ? List.of() : entries(this.changes.findAllOfIndicators(ids));
	}

	/** The indicators of published plans an editor's departments lead. */
	@Transactional(readOnly = true)
	public List<Indicator> ledIndicators(StaffMember editor) {
		if (editor.departmentIds().isEmpty()) {
			return List.of();
		}
		return this.plans.ledBy(editor.departmentIds())
			.stream()
			.filter((c) -> c.getPlan().isPublished())
			.map(Commitment::getIndicators)
			.flatMap(List::stream)
			.toList();
	}

	private List<ReviewEntry> entries(List<MilestoneChange> list) {
		Map<Long, Indicator> indicators = list.stream()
			.map(MilestoneChange::getIndicatorId)
			.distinct()
			.map((id) -> this.plans.indicator(id).orElse(null))
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toMap(Indicator::getId, Function.identity()));
		return list.stream()
			.filter((c) -> indicators.containsKey(c.getIndicatorId()))
			.map((c) -> new ReviewEntry(c, indicators.get(c.getIndicatorId())))
			.toList();
	}

	@Transactional
	public void approve(Long changeId, Long version, StaffMember reviewer) {
		MilestoneChange change = load(changeId, version);
		Indicator indicator = indicator(change.getIndicatorId());
		String before = currentLines(change.getIndicatorId());
		List<MilestonePoint> points = parse(change.getProposedLines(), indicator);
		change.approve(reviewer.id(), this.clock.instant());
		this.changes.saveAndFlush(change);
		replace(change.getIndicatorId(), points);
		this.events.publishEvent(new MilestoneChangeApproved(changeId, before, MilestoneLines.format(points),
				change.getReason(), reviewer.username()));
	}

	@Transactional
	public void reject(Long changeId, Long version, String reason, StaffMember reviewer) {
		MilestoneChange change = load(changeId, version);
		if (reason != null && reason.strip().length() > MAX_REASON) {
			throw new PaceException("pace.error.reasonTooLong");
		}
		change.reject(reviewer.id(), reason, this.clock.instant());
		this.changes.saveAndFlush(change);
		this.events.publishEvent(new MilestoneChangeRejected(changeId, change.snapshot(), change.getRejectionReason(),
				reviewer.username()));
	}

	private MilestoneChange load(Long changeId, Long version) {
		if (changeId == null) {
			throw new NotFoundException("notFound.milestoneChange", "");
		}
		MilestoneChange change = this.changes.findById(changeId)
			.orElseThrow(() -> new NotFoundException("notFound.milestoneChange", changeId));
		Versions.require(version, change.getVersion(),
				() -> new OptimisticLockingFailureException("changed meanwhile"));
		return change;
	}

	private static List<MilestonePoint> parse(String text, Indicator indicator) {
		return MilestoneLines.parse(text, indicator.getCommitment().getPlan().getYear(), indicator.getKind(),
				indicator.getTarget());
	}

	private void replace(Long indicatorId, List<MilestonePoint> points) {
		this.milestones.deleteOfIndicator(indicatorId);
		this.milestones.saveAllAndFlush(points.stream().map((p) -> new Milestone(indicatorId, p)).toList());
	}

}
