package org.minsheng.tracker.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.pace.PlannedPace;
import org.minsheng.tracker.pace.Schedules;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff work on funding: an editor of the lead department files a commitment's planned
 * budget by source and its spending as of a day (with an explanation when the spend is
 * more than 5 % of the budget from the planned pace); the supervision office approves it
 * (never its own) or rejects it with a reason. Audited; bad input changes nothing.
 */
@Service
public class FundingDesk {

	static final int MAX_EXPLANATION = 1000;

	static final BigDecimal MAXIMUM = new BigDecimal("999999999999.99");

	private final PlanCatalog plans;

	private final FundingReports reports;

	private final Schedules schedules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FundingDesk(PlanCatalog plans, FundingReports reports, Schedules schedules, ApplicationEventPublisher events,
			Clock clock) {
		this.plans = plans;
		this.reports = reports;
		this.schedules = schedules;
		this.events = events;
		this.clock = clock;
	}

	/** The published commitments an editor's departments lead. */
	@Transactional(readOnly = true)
	public List<Commitment> ledCommitments(StaffMember editor) {
		if (editor.departmentIds().isEmpty()) {
			return List.of();
		}
		return this.plans.ledBy(editor.departmentIds()).stream().filter((c) -> c.getPlan().isPublished()).toList();
	}

	/**
	 * A published commitment an editor of its lead department may file for, or 404 / 403.
	 */
	@Transactional(readOnly = true)
	public Commitment commitmentFor(Long commitmentId, StaffMember editor) {
		Commitment commitment = commitment(commitmentId);
		if (!editor.belongsTo(commitment.getLeadDepartment())) {
			throw new AccessDeniedException("not a member of the lead department");
		}
		return commitment;
	}

	private Commitment commitment(Long commitmentId) {
		if (commitmentId == null) {
			throw new NotFoundException("notFound.fundingCommitment", "");
		}
		return this.plans.publishedCommitments(List.of(commitmentId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("notFound.fundingCommitment", commitmentId));
	}

	/**
	 * Files funding for review.
	 * @param planned the typed planned amount per source (blank: zero)
	 * @return the report's id
	 */
	@Transactional
	public Long file(Long commitmentId, String asOf, Map<FundingSource, String> planned, String spent,
			String explanation, StaffMember editor) {
		Commitment commitment = commitmentFor(commitmentId, editor);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		LocalDate day = day(asOf, problems);
		Map<FundingSource, BigDecimal> amounts = new EnumMap<>(FundingSource.class);
		boolean amountsValid = true;
		for (FundingSource source : FundingSource.values()) {
			String typed = planned.get(source);
			BigDecimal amount = (typed == null || typed.isBlank()) ? BigDecimal.ZERO
					: amount(typed, field(source), problems);
			amountsValid &= amount != null;
			amounts.put(source, amount);
		}
		BigDecimal spentAmount = null;
		if (spent == null || spent.isBlank()) {
			problems.add("spent", "funding.error.spentRequired");
		}
		else {
			spentAmount = amount(spent, "spent", problems);
		}
		if (amountsValid && amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() == 0) {
			problems.add("city", "funding.error.noBudget");
			amountsValid = false;
		}
		String note = (explanation == null || explanation.isBlank()) ? null : explanation.strip();
		if (note != null && note.length() > MAX_EXPLANATION) {
			problems.add("explanation", "funding.error.explanationTooLong", MAX_EXPLANATION);
		}
		if (day != null && amountsValid && spentAmount != null) {
			Map<Long, PlannedPace> paces = this.schedules.pacesOf(List.of(commitment), null);
			FundingFigures figures = new FundingFigures(amounts, spentAmount, day,
					orZero(PlannedPace.meanPlannedRate(FundingBoard.pacesOf(commitment, paces), day)));
			if (figures.needsExplanation() && note == null) {
				problems.add("explanation", "funding.error.explanationRequired", figures.shareSpent().toPlainString(),
						figures.plannedShare().toPlainString());
			}
		}
		problems.throwIfAny();
		FundingReport report = this.reports.saveAndFlush(new FundingReport(commitmentId, day, amounts, spentAmount,
				note, editor.id(), editor.username(), this.clock.instant()));
		this.events.publishEvent(new FundingFiled(report.getId(), report.snapshot(), note, editor.username()));
		return report.getId();
	}

	static String field(FundingSource source) {
		return source.name().toLowerCase(java.util.Locale.ROOT);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private LocalDate day(String typed, InvalidInputException.Collector problems) {
		if (typed == null || typed.isBlank()) {
			problems.add("asOf", "funding.error.asOfRequired");
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(typed.strip());
			if (day.isAfter(LocalDate.now(this.clock))) {
				problems.add("asOf", "funding.error.asOfFuture");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			problems.add("asOf", "funding.error.asOfFormat");
			return null;
		}
	}

	private static BigDecimal amount(String typed, String field, InvalidInputException.Collector problems) {
		try {
			BigDecimal amount = new BigDecimal(typed.strip().replace(",", ""));
			if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(MAXIMUM) > 0) {
				problems.add(field, "funding.error.amount");
				return null;
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			problems.add(field, "funding.error.amount");
			return null;
		}
	}

	/** Reports awaiting review, oldest first. */
	@Transactional(readOnly = true)
	public List<FundingEntry> awaitingReview() {
		return entries(this.reports.findAwaitingReview());
	}

	/**
	 * The reports filed for the commitments an editor's departments lead, newest first.
	 */
	@Transactional(readOnly = true)
	public List<FundingEntry> filedFor(StaffMember editor) {
		List<Long> ids = ledCommitments(editor).stream().map(Commitment::getId).toList();
		return ids.isEmpty() ? List.of() : entries(this.reports.findAllOf(ids));
	}

	private List<FundingEntry> entries(List<FundingReport> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, Commitment> commitments = this.plans
			.publishedCommitments(list.stream().map(FundingReport::getCommitmentId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Commitment::getId, Function.identity()));
		Map<Long, PlannedPace> paces = this.schedules.pacesOf(commitments.values(), null);
		return list.stream().filter((r) -> commitments.containsKey(r.getCommitmentId())).map((r) -> {
			Commitment c = commitments.get(r.getCommitmentId());
			return new FundingEntry(r, c, FundingBoard.figures(r, FundingBoard.pacesOf(c, paces), r.getAsOf()));
		}).toList();
	}

	@Transactional
	public void approve(Long reportId, Long version, StaffMember reviewer) {
		FundingReport report = load(reportId, version);
		String before = report.snapshot();
		report.approve(reviewer.id(), this.clock.instant());
		this.reports.saveAndFlush(report);
		this.events.publishEvent(new FundingApproved(reportId, before, report.snapshot(), reviewer.username()));
	}

	@Transactional
	public void reject(Long reportId, Long version, String reason, StaffMember reviewer) {
		FundingReport report = load(reportId, version);
		if (reason != null && reason.strip().length() > 500) {
			throw new FundingException("funding.error.reasonTooLong");
		}
		report.reject(reviewer.id(), reason, this.clock.instant());
		this.reports.saveAndFlush(report);
		this.events.publishEvent(
				new FundingRejected(reportId, report.snapshot(), report.getRejectionReason(), reviewer.username()));
	}

	private FundingReport load(Long reportId, Long version) {
		if (reportId == null) {
			throw new NotFoundException("notFound.fundingReport", "");
		}
		FundingReport report = this.reports.findById(reportId)
			.orElseThrow(() -> new NotFoundException("notFound.fundingReport", reportId));
		Versions.require(version, report.getVersion(), () -> new OptimisticLockingFailureException("changed"));
		return report;
	}

}
