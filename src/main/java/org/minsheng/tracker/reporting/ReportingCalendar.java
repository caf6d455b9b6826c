package org.minsheng.tracker.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.FiledReport;
import org.minsheng.tracker.progress.ReportFilings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting calendar. Each lead department owes a report per indicator of its
 * commitments for every period of its plan's {@link ReportingCycle} that has begun; the
 * calendar follows the plans of the day's year and the year before (whose last report is
 * due in January).
 * <p>
 * The rules, in one place: figures are cumulative, so a period is answered by the first
 * report filed with an as-of date in that period or later — on time when filed by the due
 * day, late after it, overdue while none is filed after the due day. An indicator whose
 * approved figure reached its target (a task done) owes nothing for the periods after
 * that figure. For the public, the same rule is applied to approved reports only: a
 * commitment's figures are stale while a period whose due day has passed has no approved
 * figure.
 */
@Service
@Transactional(readOnly = true)
public class ReportingCalendar {

	private final PlanCatalog plans;

	private final ReportFilings filings;

	private final ReportingCycles cycles;

	private final Clock clock;

	ReportingCalendar(PlanCatalog plans, ReportFilings filings, ReportingCycles cycles, Clock clock) {
		this.plans = plans;
		this.filings = filings;
		this.cycles = cycles;
		this.clock = clock;
	}

	/** Today in the city. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Every report owed by the end of this day: due, overdue, filed on time or late; by
	 * due day, department and commitment.
	 */
	public List<Obligation> obligationsOn(LocalDate day) {
		Instant cutoff = endOf(day);
		List<Integer> years = List.of(day.getYear() - 1, day.getYear());
		Map<Long, List<FiledReport>> filed = this.filings.ofYears(years, LocalDate.of(day.getYear() - 1, 1, 1))
			.stream()
			.filter((f) -> f.filedAt() != null && f.filedAt().isBefore(cutoff))
			.collect(Collectors.groupingBy(FiledReport::indicatorId));
		Map<Long, ReportingCycle> cycles = this.cycles.all();
		List<Obligation> all = new ArrayList<>();
		for (Indicator indicator : this.plans.indicatorsOfYears(years)) {
			Commitment commitment = indicator.getCommitment();
			if (!commitment.getPlan().isPublished()) {
				continue;
			}
			List<FiledReport> reports = filed.getOrDefault(indicator.getId(), List.of());
			for (ReportingPeriod period : cycleOf(commitment, cycles).periodsOf(commitment.getPlan().getYear())) {
				if (!period.hasStartedOn(day) || completedBefore(indicator, reports, period, cutoff)) {
					continue;
				}
				all.add(obligation(indicator, period, firstAnswer(reports, period, FiledReport::filedAt), day));
			}
		}
		all.sort(Comparator.comparing(Obligation::due)
			.thenComparing((o) -> (o.department() != null) ? o.department().zh() : "")
			.thenComparing(Obligation::year)
			.thenComparing(Obligation::commitmentNumber)
			.thenComparing(Obligation::indicatorId));
		return all;
	}

	/**
	 * The reports past their due day and not filed at the end of this day, most late
	 * first.
	 */
	public List<Obligation> overdueOn(LocalDate day) {
		return obligationsOn(day).stream()
			.filter((o) -> o.standing() == Standing.OVERDUE)
			.sorted(Comparator.comparingLong(Obligation::days).reversed())
			.toList();
	}

	/** The reports still owed on this day (due or overdue) by these departments. */
	public List<Obligation> openFor(Collection<Long> departmentIds, LocalDate day) {
		return obligationsOn(day).stream()
			.filter((o) -> o.standing().isOpen() && departmentIds.contains(o.departmentId()))
			.toList();
	}

	/**
	 * Each department's punctuality at the end of this day, least punctual first (reports
	 * still due are not counted yet).
	 */
	public List<Punctuality> punctualityOn(LocalDate day) {
		Map<Long, List<Obligation>> byDepartment = obligationsOn(day).stream()
			.filter((o) -> o.standing() != Standing.DUE)
			.collect(Collectors.groupingBy((o) -> (o.departmentId() != null) ? o.departmentId() : 0L,
					LinkedHashMap::new, Collectors.toList()));
		return byDepartment.values()
			.stream()
			.map((obligations) -> new Punctuality(obligations.get(0).departmentId(), obligations.get(0).department(),
					count(obligations, Standing.ON_TIME), count(obligations, Standing.LATE),
					count(obligations, Standing.OVERDUE)))
			.sorted(Comparator.comparingInt(Punctuality::percentOnTime)
				.thenComparing(Comparator.comparingInt(Punctuality::overdue).reversed()))
			.toList();
	}

	/**
	 * How fresh each commitment of a plan is, by commitment number, as the public could
	 * see it at {@code asOf} (two statements, whatever the number of commitments).
	 */
	public Map<Integer, Freshness> freshnessOfPlan(int year, AsOf asOf) {
		LocalDate day = (asOf.day() != null) ? asOf.day() : today();
		Instant cutoff = asOf.isLatest() ? endOf(day) : asOf.cutoff();
		if (year < day.getYear() - 1 || year > day.getYear()) {
			return Map.of();
		}
		Map<Long, List<FiledReport>> approved = this.filings.ofYears(List.of(year), LocalDate.of(year, 1, 1))
			.stream()
			.filter((f) -> f.approvedAt() != null && f.approvedAt().isBefore(cutoff))
			.collect(Collectors.groupingBy(FiledReport::indicatorId));
		Map<Long, ReportingCycle> cycles = this.cycles.all();
		Map<Integer, List<Indicator>> byCommitment = this.plans.indicatorsOfYears(List.of(year))
			.stream()
			.filter((i) -> i.getCommitment().getPlan().isPublished())
			.collect(Collectors.groupingBy((i) -> i.getCommitment().getNumber()));
		Map<Integer, Freshness> result = new LinkedHashMap<>();
		byCommitment.forEach((number, indicators) -> result.put(number,
				freshness(indicators, approved, cycleOf(indicators.get(0).getCommitment(), cycles), day, cutoff)));
		return result;
	}

	/** How fresh one commitment's public figures are at {@code asOf}. */
	public Freshness freshnessOf(int year, int number, AsOf asOf) {
		return freshnessOfPlan(year, asOf).getOrDefault(number, Freshness.UNKNOWN);
	}

	private Freshness freshness(List<Indicator> indicators, Map<Long, List<FiledReport>> approved, ReportingCycle cycle,
			LocalDate day, Instant cutoff) {
		LocalDate lastUpdated = null;
		LocalDate nextDue = null;
		LocalDate overdueSince = null;
		for (Indicator indicator : indicators) {
			List<FiledReport> reports = approved.getOrDefault(indicator.getId(), List.of());
			for (FiledReport report : reports) {
				LocalDate on = LocalDate.ofInstant(report.approvedAt(), this.clock.getZone());
				lastUpdated = (lastUpdated == null || on.isAfter(lastUpdated)) ? on : lastUpdated;
			}
			for (ReportingPeriod period : cycle.periodsOf(indicator.getCommitment().getPlan().getYear())) {
				if (completedBefore(indicator, reports, period, cutoff)
						|| firstAnswer(reports, period, FiledReport::approvedAt) != null) {
					continue;
				}
				if (period.due().isBefore(day)) {
					overdueSince = earlier(overdueSince, period.due().plusDays(1));
				}
				else {
					nextDue = earlier(nextDue, period.due());
				}
			}
		}
		long days = (lastUpdated != null) ? ChronoUnit.DAYS.between(lastUpdated, day) : 0;
		return new Freshness(lastUpdated, days, nextDue, overdueSince != null, overdueSince);
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return (a == null || b.isBefore(a)) ? b : a;
	}

	private Obligation obligation(Indicator indicator, ReportingPeriod period, Instant answeredAt, LocalDate day) {
		Commitment commitment = indicator.getCommitment();
		Department lead = commitment.getLeadDepartment();
		LocalDate filedOn = (answeredAt != null) ? LocalDate.ofInstant(answeredAt, this.clock.getZone()) : null;
		Standing standing;
		long days;
		if (filedOn != null) {
			standing = filedOn.isAfter(period.due()) ? Standing.LATE : Standing.ON_TIME;
			days = Math.max(0, ChronoUnit.DAYS.between(period.due(), filedOn));
		}
		else if (day.isAfter(period.due())) {
			standing = Standing.OVERDUE;
			days = ChronoUnit.DAYS.between(period.due(), day);
		}
		else {
			standing = Standing.DUE;
			days = ChronoUnit.DAYS.between(day, period.due());
		}
		return new Obligation((lead != null) ? lead.getId() : null, (lead != null) ? lead.getName() : null,
				commitment.getPlan().getYear(), commitment.getNumber(), commitment.getTitle(), indicator.getId(),
				indicator.getName(), period, standing, filedOn, days);
	}

	/**
	 * When the first report as of a day in the period or later was filed (or approved).
	 */
	private static Instant firstAnswer(List<FiledReport> reports, ReportingPeriod period,
			Function<FiledReport, Instant> time) {
		return reports.stream()
			.filter((r) -> !r.asOf().isBefore(period.start()))
			.map(time)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * Whether an approved figure as of a day before the period reached the indicator's
	 * target (a task done): nothing more is owed.
	 */
	private static boolean completedBefore(Indicator indicator, List<FiledReport> reports, ReportingPeriod period,
			Instant cutoff) {
		return reports.stream()
			.anyMatch((r) -> r.approvedAt() != null && r.approvedAt().isBefore(cutoff)
					&& r.asOf().isBefore(period.start()) && r.reaches(indicator.getTarget().amount()));
	}

	private static ReportingCycle cycleOf(Commitment commitment, Map<Long, ReportingCycle> cycles) {
		return cycles.getOrDefault(commitment.getPlan().getId(),
				ReportingCycle.defaultFor(commitment.getPlan().getYear()));
	}

	private static int count(List<Obligation> obligations, Standing standing) {
		return (int) obligations.stream().filter((o) -> o.standing() == standing).count();
	}

	private Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
	}

}
