package org.minsheng.tracker.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.plan.Target;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.FiledReport;
import org.minsheng.tracker.progress.ReportFilings;
import org.minsheng.tracker.system.LocalizedText;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The calendar and the overdue list on fixed days: a 2026 plan reporting monthly by the
 * 5th, one department leading an elevator count (target 50) and a qualitative task.
 */
class ReportingCalendarTest {

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private final PlanCatalog plans = mock(PlanCatalog.class);

	private final ReportFilings filings = mock(ReportFilings.class);

	private final ReportingCycles cycles = mock(ReportingCycles.class);

	private final List<FiledReport> filed = new ArrayList<>();

	private Indicator elevators;

	private Indicator task;

	@BeforeEach
	void planOf2026() {
		Plan plan = Plan.draft(2026, new LocalizedText("2026年民生实事", "2026 commitments"), null);
		ReflectionTestUtils.setField(plan, "id", 7L);
		Commitment commitment = plan.addCommitment(new LocalizedText("加装电梯", "Elevators"), Area.HOUSING);
		this.elevators = commitment.addIndicator(new LocalizedText("加装电梯", "Elevators added"), IndicatorKind.COUNT,
				new LocalizedText("部", "elevators"), Target.of(50));
		this.task = commitment.addIndicator(new LocalizedText("制定方案", "Plan drawn up"), IndicatorKind.QUALITATIVE, null,
				Target.NONE);
		ReflectionTestUtils.setField(this.elevators, "id", 101L);
		ReflectionTestUtils.setField(this.task, "id", 102L);
		Department housing = new Department("housing", new LocalizedText("市住建局", "Housing bureau"));
		ReflectionTestUtils.setField(housing, "id", 3L);
		commitment.assignLead(housing);
		plan.publish();
		when(this.plans.indicatorsOfYears(any())).thenAnswer((call) -> List.of(this.elevators, this.task));
		when(this.filings.ofYears(any(), any())).thenAnswer((call) -> List.copyOf(this.filed));
		when(this.cycles.all()).thenReturn(Map.of());
	}

	private ReportingCalendar on(String day) {
		Instant noon = LocalDate.parse(day).atTime(12, 0).atZone(CITY).toInstant();
		return new ReportingCalendar(this.plans, this.filings, this.cycles, Clock.fixed(noon, CITY));
	}

	private void file(Indicator indicator, String asOf, String filedAt, String approvedAt, Long value, Boolean done) {
		this.filed.add(new FiledReport(indicator.getId(), LocalDate.parse(asOf), at(filedAt),
				(approvedAt != null) ? at(approvedAt) : null, (value != null) ? BigDecimal.valueOf(value) : null,
				done));
	}

	private static Instant at(String cityTime) {
		return OffsetDateTime.parse(cityTime + "+08:00").toInstant();
	}

	@Test
	void aMissedDueDayIsOverdueByTheDaysSinceAndTheCurrentPeriodIsDue() {
		file(this.elevators, "2026-01-31", "2026-02-03T09:00", "2026-02-04T09:00", 10L, null);
		ReportingCalendar calendar = on("2026-03-10");

		List<Obligation> elevators = calendar.obligationsOn(calendar.today())
			.stream()
			.filter((o) -> o.indicatorId().equals(101L))
			.toList();
		assertThat(elevators).extracting(Obligation::standing)
			.containsExactly(Standing.ON_TIME, Standing.OVERDUE, Standing.DUE);
		assertThat(elevators.get(0).filedOn()).isEqualTo(LocalDate.of(2026, 2, 3));
		assertThat(elevators.get(1).days()).as("February's report was due by 5 March").isEqualTo(5);
		assertThat(elevators.get(2).days()).as("March's is due by 5 April").isEqualTo(26);

		List<Obligation> overdue = calendar.overdueOn(calendar.today());
		assertThat(overdue).extracting(Obligation::indicatorId).containsExactly(102L, 101L, 102L);
		assertThat(overdue.get(0).days()).as("the task's January report, most late first").isEqualTo(33);
		assertThat(overdue.get(1).department().zh()).isEqualTo("市住建局");
		assertThat(overdue.get(1).commitmentNumber()).isEqualTo(1);
	}

	@Test
	void aLaterReportAnswersTheMissedPeriodsLateAndPunctualityCountsThem() {
		file(this.elevators, "2026-01-31", "2026-02-03T09:00", "2026-02-04T09:00", 10L, null);
		file(this.elevators, "2026-02-28", "2026-03-12T16:00", null, 20L, null);
		file(this.task, "2026-03-02", "2026-03-02T10:00", null, null, false);
		ReportingCalendar calendar = on("2026-03-15");

		assertThat(calendar.overdueOn(calendar.today())).isEmpty();
		List<Obligation> all = calendar.obligationsOn(calendar.today());
		Obligation february = all.stream()
			.filter((o) -> o.indicatorId().equals(101L) && o.period().firstMonth().getMonthValue() == 2)
			.findFirst()
			.orElseThrow();
		assertThat(february.standing()).isEqualTo(Standing.LATE);
		assertThat(february.days()).isEqualTo(7);

		Punctuality housing = calendar.punctualityOn(calendar.today()).get(0);
		assertThat(housing.departmentId()).isEqualTo(3L);
		assertThat(housing.onTime()).as("elevators January; the task's February and March (its report of 2 March)")
			.isEqualTo(3);
		assertThat(housing.late()).as("elevators February; the task's January").isEqualTo(2);
		assertThat(housing.overdue()).isZero();
		assertThat(housing.percentOnTime()).isEqualTo(60);
	}

	@Test
	void aReportFiledAfterTheDayAskedAboutDoesNotCountYet() {
		file(this.elevators, "2026-02-28", "2026-03-12T16:00", null, 20L, null);
		assertThat(on("2026-03-11").overdueOn(LocalDate.of(2026, 3, 11)))
			.anyMatch((o) -> o.indicatorId().equals(101L) && o.days() == 6);
	}

	@Test
	void nothingIsOwedAfterAnApprovedFigureReachedTheTargetOrTheTaskWasDone() {
		file(this.elevators, "2026-01-31", "2026-02-01T09:00", "2026-02-02T09:00", 50L, null);
		file(this.task, "2026-01-20", "2026-01-21T09:00", "2026-01-22T09:00", null, true);
		ReportingCalendar calendar = on("2026-06-30");
		assertThat(calendar.obligationsOn(calendar.today())).extracting(Obligation::standing)
			.containsOnly(Standing.ON_TIME)
			.hasSize(2);
	}

	@Test
	void publicFiguresAreStaleWhileADuePeriodHasNoApprovedFigure() {
		file(this.elevators, "2026-01-31", "2026-02-03T09:00", "2026-02-04T09:00", 10L, null);
		file(this.task, "2026-01-31", "2026-02-03T09:00", "2026-02-04T09:00", null, false);
		file(this.elevators, "2026-02-28", "2026-03-04T09:00", null, 20L, null);
		file(this.task, "2026-02-28", "2026-03-04T09:00", "2026-03-05T09:00", null, false);
		ReportingCalendar calendar = on("2026-03-10");

		Freshness stale = calendar.freshnessOf(2026, 1, AsOf.latest(Clock.fixed(at("2026-03-10T12:00"), CITY)));
		assertThat(stale.stale()).as("filed on time, but February's elevators are not approved yet").isTrue();
		assertThat(stale.overdueSince()).isEqualTo(LocalDate.of(2026, 3, 6));
		assertThat(stale.lastUpdated()).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(stale.daysSinceUpdate()).isEqualTo(5);
		assertThat(stale.nextDue()).isEqualTo(LocalDate.of(2026, 4, 5));

		this.filed.set(2, new FiledReport(101L, LocalDate.of(2026, 2, 28), at("2026-03-04T09:00"),
				at("2026-03-09T09:00"), BigDecimal.valueOf(20), null));
		Freshness fresh = calendar.freshnessOf(2026, 1, AsOf.latest(Clock.fixed(at("2026-03-10T12:00"), CITY)));
		assertThat(fresh.stale()).isFalse();
		assertThat(fresh.daysSinceUpdate()).isEqualTo(1);
	}

	@Test
	void asOfAPastDayTheFreshnessIsThatDays() {
		file(this.elevators, "2026-02-28", "2026-03-04T09:00", "2026-03-09T09:00", 20L, null);
		ReportingCalendar calendar = on("2026-04-20");
		Freshness then = calendar.freshnessOf(2026, 1,
				AsOf.endOf(LocalDate.of(2026, 3, 8), Clock.fixed(at("2026-04-20T12:00"), CITY)));
		assertThat(then.isUpdated()).as("nothing was public by the end of 8 March").isFalse();
		assertThat(then.stale()).isTrue();
		assertThat(then.overdueSince()).isEqualTo(LocalDate.of(2026, 2, 6));
	}

	@Test
	void plansOutsideTheCalendarsYearsHaveNoFreshness() {
		ReportingCalendar calendar = on("2026-03-10");
		assertThat(calendar.freshnessOf(2024, 1, AsOf.latest(Clock.fixed(at("2026-03-10T12:00"), CITY))))
			.isEqualTo(Freshness.UNKNOWN);
	}

}
