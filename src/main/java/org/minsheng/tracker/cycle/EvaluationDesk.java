package org.minsheng.tracker.cycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.PortalProperties;
import org.minsheng.tracker.voice.SupportOutcome;
import org.minsheng.tracker.voice.VisitorGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end satisfaction evaluation: the delegates' counts per commitment, recorded by
 * staff (audited), and residents' open online ratings of published commitments (one per
 * cookie token, hashed; rate-limited per address). The two are always shown apart: the
 * online rating is open to anyone and is not a survey.
 */
@Service
public class EvaluationDesk {

	static final String ACTION = "rating";

	private final Evaluations evaluations;

	private final PlanCatalog plans;

	private final JdbcTemplate jdbc;

	private final VisitorGuard guard;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int perHour;

	EvaluationDesk(Evaluations evaluations, PlanCatalog plans, JdbcTemplate jdbc, VisitorGuard guard,
			ApplicationEventPublisher events, Clock clock, PortalProperties settings) {
		this.evaluations = evaluations;
		this.plans = plans;
		this.jdbc = jdbc;
		this.guard = guard;
		this.events = events;
		this.clock = clock;
		this.perHour = settings.voice().supportsPerHour();
	}

	/** Records (or corrects) the delegates' evaluation of a published commitment. */
	@Transactional
	public Evaluation record(long commitmentId, String sessionName, LocalDate heldOn, Verdicts counts, String actor) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		if (this.plans.publishedCommitments(List.of(commitmentId)).isEmpty()) {
			problems.add(null, "cycle.evaluation.error.commitment");
		}
		if (sessionName == null || sessionName.isBlank() || sessionName.strip().length() > 200) {
			problems.add("sessionName", "cycle.vote.error.name");
		}
		if (heldOn == null) {
			problems.add("heldOn", "cycle.vote.error.heldOn");
		}
		if (counts.total() == 0) {
			problems.add("satisfied", "cycle.evaluation.error.empty");
		}
		problems.throwIfAny();
		Evaluation evaluation = this.evaluations.findById(commitmentId).orElseGet(() -> new Evaluation(commitmentId));
		String before = (evaluation.getRecordedAt() != null) ? evaluation.counts().toString() : null;
		evaluation.record(sessionName.strip(), heldOn, counts, this.clock.instant());
		this.evaluations.save(evaluation);
		this.events.publishEvent(new CycleChanged(CycleStep.EVALUATION_RECORDED, commitmentId, before,
				counts + " passes=" + counts.passes(), sessionName.strip() + " " + heldOn, actor));
		return evaluation;
	}

	/** A resident's open online rating of a published commitment. */
	@Transactional
	public SupportOutcome rate(long commitmentId, Verdict verdict, String token, String remoteAddress) {
		if (this.plans.publishedCommitments(List.of(commitmentId)).isEmpty()) {
			throw new NotFoundException("notFound.page");
		}
		String supporter = this.guard.supporter(token);
		Long already = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM commitment_rating WHERE commitment_id = ? AND supporter_hash = ?", Long.class,
				commitmentId, supporter);
		if (already != null && already > 0) {
			return SupportOutcome.ALREADY;
		}
		if (!this.guard.tryAcquire(ACTION, remoteAddress, this.perHour)) {
			return SupportOutcome.TOO_MANY;
		}
		this.jdbc.update(
				"INSERT INTO commitment_rating (commitment_id, verdict, supporter_hash, address_hash, rated_at) VALUES (?, ?, ?, ?, ?)",
				commitmentId, verdict.name(), supporter, this.guard.address(remoteAddress),
				Timestamp.from(this.clock.instant()));
		this.events.publishEvent(new CommitmentRated(commitmentId));
		return SupportOutcome.COUNTED;
	}

	/** 404 unless this is a commitment of a published plan. */
	@Transactional(readOnly = true)
	public void requirePublished(long commitmentId) {
		if (this.plans.publishedCommitments(List.of(commitmentId)).isEmpty()) {
			throw new NotFoundException("notFound.page");
		}
	}

	@Transactional(readOnly = true)
	public boolean hasRated(long commitmentId, String token) {
		if (token == null) {
			return false;
		}
		Long count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM commitment_rating WHERE commitment_id = ? AND supporter_hash = ?", Long.class,
				commitmentId, this.guard.supporter(token));
		return count != null && count > 0;
	}

	/**
	 * The delegates' evaluation and the online ratings of these commitments, in two
	 * statements.
	 */
	@Transactional(readOnly = true)
	public Map<Long, EvaluationView> of(Collection<Long> commitmentIds) {
		Map<Long, EvaluationView> views = new HashMap<>();
		if (commitmentIds.isEmpty()) {
			return views;
		}
		Map<Long, Evaluation> delegates = new HashMap<>();
		this.evaluations.findByCommitmentIdIn(commitmentIds).forEach((e) -> delegates.put(e.getCommitmentId(), e));
		Map<Long, Verdicts> online = new HashMap<>();
		String in = String.join(",", java.util.Collections.nCopies(commitmentIds.size(), "?"));
		this.jdbc.query("SELECT commitment_id, verdict, COUNT(*) FROM commitment_rating WHERE commitment_id IN (" + in
				+ ") GROUP BY commitment_id, verdict", (RowCallbackHandler) (row) -> {
					Verdicts counts = online.getOrDefault(row.getLong(1), Verdicts.NONE);
					Verdict verdict = Verdict.valueOf(row.getString(2));
					for (long n = row.getLong(3); n > 0; n--) {
						counts = counts.plus(verdict);
					}
					online.put(row.getLong(1), counts);
				}, commitmentIds.toArray());
		for (Long id : commitmentIds) {
			views.put(id, new EvaluationView(id, delegates.get(id), online.getOrDefault(id, Verdicts.NONE)));
		}
		return views;
	}

	/**
	 * The evaluations of a published plan's commitments, in number order, for the
	 * year-end review and its PDF ({@code @evaluationDesk} in templates), in three
	 * statements.
	 */
	@Transactional(readOnly = true)
	public List<YearEvaluation> ofPlan(int year) {
		return this.plans.publishedPlan(year).map((plan) -> {
			List<org.minsheng.tracker.plan.Commitment> commitments = this.plans.commitmentsOf(plan);
			Map<Long, EvaluationView> views = of(
					commitments.stream().map(org.minsheng.tracker.plan.Commitment::getId).toList());
			return commitments.stream()
				.map((c) -> new YearEvaluation(c.getNumber(), c.getTitle(), views.get(c.getId())))
				.toList();
		}).orElse(List.of());
	}

	/** One commitment's line in the year's evaluation. */
	public record YearEvaluation(int number, org.minsheng.tracker.system.LocalizedText title,
			EvaluationView evaluation) {
	}

	public EvaluationView of(long commitmentId) {
		return of(List.of(commitmentId)).get(commitmentId);
	}

}
