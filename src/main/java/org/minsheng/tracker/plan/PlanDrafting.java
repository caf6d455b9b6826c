package org.minsheng.tracker.plan;

import java.util.List;
import java.util.stream.Collectors;

import org.minsheng.tracker.system.FormText;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.transaction.annotation.Transactional;

/**
 * How administrators prepare a year's plan: a draft, its numbered commitments and their
 * indicators, then publication. Bad input changes nothing; a published plan's structure
 * does not change. Every change is audited; publishing bumps the public revision so the
 * public pages show the plan at once.
 */
@Service
public class PlanDrafting {

	private final Plans plans;

	private final Commitments commitments;

	private final Indicators indicators;

	private final Departments departments;

	private final ApplicationEventPublisher events;

	PlanDrafting(Plans plans, Commitments commitments, Indicators indicators, Departments departments,
			ApplicationEventPublisher events) {
		this.plans = plans;
		this.commitments = commitments;
		this.indicators = indicators;
		this.departments = departments;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Plan> plans() {
		return this.plans.findAllByOrderByYearDesc();
	}

	/**
	 * A plan, draft or published, with its commitments, indicators and lead departments.
	 */
	@Transactional(readOnly = true)
	public PlanOutline outline(int year) {
		Plan plan = find(year);
		return new PlanOutline(plan, this.commitments.findAllOfPlan(plan.getId()));
	}

	@Transactional(readOnly = true)
	public Commitment commitment(int year, int number) {
		return this.commitments.findInPlan(find(year).getId(), number)
			.orElseThrow(() -> new NotFoundException("notFound.commitment", year, number));
	}

	/** What {@link #createDraft} would refuse, into the form's errors. */
	@Transactional(readOnly = true)
	public void check(PlanForm form, Errors errors) {
		checkDraft(form).reportTo(errors);
	}

	private InvalidInputException.Collector checkDraft(PlanForm form) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		int year = year(form);
		if (year < 2000 || year > 2100) {
			problems.add("year", "admin.plan.error.year");
		}
		else if (this.plans.findByYear(year).isPresent()) {
			problems.add("year", "admin.plan.error.yearTaken", String.valueOf(year));
		}
		checkedText(form.getTitleZh(), form.getTitleEn(), "title", problems);
		return problems;
	}

	private static int year(PlanForm form) {
		String typedYear = FormText.clean(form.getYear());
		return (typedYear != null && typedYear.matches("[0-9]{4}")) ? Integer.parseInt(typedYear) : 0;
	}

	@Transactional
	public Plan createDraft(PlanForm form, String actor) {
		checkDraft(form).throwIfAny();
		int year = year(form);
		LocalizedText title = FormText.localized(form.getTitleZh(), form.getTitleEn());
		Plan plan = this.plans.save(Plan.draft(year, title, null));
		this.events.publishEvent(new PlanDraftCreated(plan.getId(), year, title.zh(), actor));
		return plan;
	}

	/** What {@link #addCommitment} would refuse, into the form's errors. */
	@Transactional(readOnly = true)
	public void check(int year, CommitmentForm form, Errors errors) {
		try {
			draft(year);
		}
		catch (InvalidInputException ex) {
			ex.reportTo(errors);
			return;
		}
		checkCommitment(form).reportTo(errors);
	}

	private InvalidInputException.Collector checkCommitment(CommitmentForm form) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		checkedText(form.getTitleZh(), form.getTitleEn(), "title", problems);
		if (Area.fromParameter(form.getArea()) == null) {
			problems.add("area", "admin.commitment.error.area");
		}
		if (form.getDepartmentId() != null && this.departments.findById(form.getDepartmentId()).isEmpty()) {
			problems.add("departmentId", "admin.error.department");
		}
		return problems;
	}

	@Transactional
	public Commitment addCommitment(int year, CommitmentForm form, String actor) {
		Plan plan = draft(year);
		checkCommitment(form).throwIfAny();
		LocalizedText title = FormText.localized(form.getTitleZh(), form.getTitleEn());
		Area area = Area.fromParameter(form.getArea());
		Department lead = (form.getDepartmentId() != null) ? this.departments.findById(form.getDepartmentId())
			.orElseThrow(() -> InvalidInputException.of("departmentId", "admin.error.department")) : null;
		Commitment commitment = this.commitments.save(plan.addCommitment(title, area));
		commitment.assignLead(lead);
		this.events.publishEvent(new CommitmentAdded(commitment.getId(), year, commitment.getNumber(), area,
				(lead != null) ? lead.getCode() : null, title.zh(), actor));
		return commitment;
	}

	/** What {@link #addIndicator} would refuse, into the form's errors. */
	@Transactional(readOnly = true)
	public void check(int year, IndicatorForm form, Errors errors) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		try {
			draft(year);
		}
		catch (InvalidInputException ex) {
			ex.reportTo(errors);
			return;
		}
		IndicatorInput.check(form, problems);
		problems.reportTo(errors);
	}

	@Transactional
	public Indicator addIndicator(int year, int number, IndicatorForm form, String actor) {
		Plan plan = draft(year);
		Commitment commitment = plan.getCommitments()
			.stream()
			.filter((c) -> c.getNumber() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("notFound.commitment", year, number));
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		IndicatorInput input = IndicatorInput.check(form, problems);
		problems.throwIfAny();
		Indicator indicator = this.indicators
			.save(commitment.addIndicator(input.name(), input.kind(), input.unit(), input.target()));
		this.events.publishEvent(
				new IndicatorAdded(indicator.getId(), year, number, indicator.getPosition(), input.describe(), actor));
		return indicator;
	}

	/**
	 * Adds these commitments, with their indicators and lead departments, to the year's
	 * draft plan in one transaction, creating the draft when the year has no plan yet. A
	 * published plan is refused. Every addition is audited.
	 * @return the new commitments, in the order given
	 */
	@Transactional
	public List<Commitment> adopt(int year, LocalizedText planTitle, List<AdoptedCommitment> adopted, String actor) {
		LocalizedText title = FormText.localized(planTitle.zh(), planTitle.en());
		Plan plan = this.plans.findByYear(year).orElseGet(() -> {
			Plan draft = this.plans.save(Plan.draft(year, title, null));
			this.events.publishEvent(new PlanDraftCreated(draft.getId(), year, title.zh(), actor));
			return draft;
		});
		if (plan.isPublished()) {
			throw InvalidInputException.of(null, "admin.plan.error.published", String.valueOf(year));
		}
		List<Commitment> added = new java.util.ArrayList<>();
		for (AdoptedCommitment one : adopted) {
			Department lead = (one.leadDepartmentId() != null)
					? this.departments.findById(one.leadDepartmentId()).orElse(null) : null;
			LocalizedText name = FormText.localized(one.title().zh(), one.title().en());
			Commitment commitment = this.commitments.save(plan.addCommitment(name, one.area()));
			commitment.assignLead(lead);
			this.events.publishEvent(new CommitmentAdded(commitment.getId(), year, commitment.getNumber(), one.area(),
					(lead != null) ? lead.getCode() : null, name.zh(), actor));
			for (AdoptedCommitment.AdoptedIndicator wanted : one.indicators()) {
				Indicator indicator = this.indicators
					.save(commitment.addIndicator(FormText.localized(wanted.name().zh(), wanted.name().en()),
							wanted.kind(), wanted.unit(), new Target(wanted.target())));
				this.events.publishEvent(new IndicatorAdded(indicator.getId(), year, commitment.getNumber(),
						indicator.getPosition(), "kind=" + wanted.kind() + " target=" + wanted.target(), actor));
			}
			added.add(commitment);
		}
		return added;
	}

	/** What {@link #publish} would refuse, into the page's errors. */
	@Transactional(readOnly = true)
	public void checkPublish(int year, Errors errors) {
		try {
			requirePublishable(draft(year));
		}
		catch (InvalidInputException ex) {
			ex.reportTo(errors);
		}
	}

	private static void requirePublishable(Plan plan) {
		if (plan.getCommitments().isEmpty()) {
			throw InvalidInputException.of(null, "admin.plan.error.empty", String.valueOf(plan.getYear()));
		}
		List<Integer> incomplete = plan.commitmentsWithoutIndicators();
		if (!incomplete.isEmpty()) {
			throw InvalidInputException.of(null, "admin.plan.error.withoutIndicators",
					incomplete.stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
	}

	/** Publishes a complete draft: it has commitments, and each has an indicator. */
	@Transactional
	public void publish(int year, String actor) {
		Plan plan = draft(year);
		requirePublishable(plan);
		plan.publish();
		this.events.publishEvent(new PlanPublished(plan.getId(), year, plan.getCommitments().size(), actor));
	}

	private Plan find(int year) {
		return this.plans.findByYear(year).orElseThrow(() -> new NotFoundException("notFound.page"));
	}

	/** The plan, which must still be a draft to change its structure. */
	private Plan draft(int year) {
		Plan plan = find(year);
		if (plan.isPublished()) {
			throw InvalidInputException.of(null, "admin.plan.error.published", String.valueOf(year));
		}
		return plan;
	}

	private static LocalizedText checkedText(String zh, String en, String field,
			InvalidInputException.Collector problems) {
		LocalizedText text = FormText.localized(zh, en);
		if (text.zh() == null || text.zh().length() > 200) {
			problems.add(field + "Zh", "admin.error.chineseText", 200);
		}
		if (text.en() != null && text.en().length() > 300) {
			problems.add(field + "En", "admin.error.englishTooLong", 300);
		}
		return text;
	}

	/** A plan with its commitments, each with its indicators and lead department. */
	public record PlanOutline(Plan plan, List<Commitment> commitments) {
	}

}
