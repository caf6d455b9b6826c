package org.minsheng.tracker.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the plan feature offers the others to read: plans, their commitments (with
 * indicators, lead department and source in one statement), indicators and departments.
 */
@Service
@Transactional(readOnly = true)
public class PlanCatalog {

	private final Plans plans;

	private final Commitments commitments;

	private final Indicators indicators;

	private final Departments departments;

	PlanCatalog(Plans plans, Commitments commitments, Indicators indicators, Departments departments) {
		this.plans = plans;
		this.commitments = commitments;
		this.indicators = indicators;
		this.departments = departments;
	}

	/** The published plans, newest first. */
	public List<Plan> publishedPlans() {
		return this.plans.findAllPublishedNewestFirst();
	}

	public Optional<Plan> publishedPlan(int year) {
		return this.plans.findPublished(year);
	}

	/** A plan's commitments in number order. */
	public List<Commitment> commitmentsOf(Plan plan) {
		return this.commitments.findAllOfPlan(plan.getId());
	}

	public Optional<Commitment> commitment(Plan plan, int number) {
		return this.commitments.findInPlan(plan.getId(), number);
	}

	public long commitmentCount(Plan plan) {
		return this.commitments.countByPlanId(plan.getId());
	}

	/** Every published plan's commitments with their indicators, newest plan first. */
	public List<Commitment> publishedCommitments() {
		return this.commitments.findAllPublished();
	}

	/**
	 * The commitments with their indicators of these years' published plans, newest
	 * first.
	 */
	public List<Commitment> publishedCommitmentsOf(Collection<Integer> years) {
		return this.commitments.findPublishedOfYears(years);
	}

	/** Those of these commitments that belong to a published plan, newest plan first. */
	public List<Commitment> publishedCommitments(Collection<Long> ids) {
		return this.commitments.findPublishedByIds(ids);
	}

	/** The commitments these departments lead, newest plan first. */
	public List<Commitment> ledBy(Collection<Long> departmentIds) {
		return this.commitments.findLedBy(departmentIds);
	}

	/** An indicator with its commitment, plan and lead department. */
	public Optional<Indicator> indicator(Long id) {
		return this.indicators.findWithCommitment(id);
	}

	/** Every indicator of the plans of these years, with its commitment and plan. */
	public List<Indicator> indicatorsOfYears(Collection<Integer> years) {
		return this.indicators.findAllOfYears(years);
	}

	public List<Department> departments() {
		return this.departments.findAllByOrderByCode();
	}

	public Optional<Department> department(Long id) {
		return this.departments.findById(id);
	}

}
