package org.minsheng.tracker.bulletin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.dashboard.CommitmentView;
import org.minsheng.tracker.dashboard.PlanBoard;
import org.minsheng.tracker.dashboard.PlanBoardService;
import org.minsheng.tracker.funding.CommitmentFunding;
import org.minsheng.tracker.funding.FundingBoard;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.IndicatorProgress;
import org.minsheng.tracker.progress.ProgressStatus;
import org.minsheng.tracker.reporting.Freshness;
import org.minsheng.tracker.reporting.Obligation;
import org.minsheng.tracker.reporting.ReportingCalendar;
import org.minsheng.tracker.reporting.Standing;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.watch.WatchList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a month's bulletin from the public data as of the month's end, compared with the
 * previous month's end, in a fixed number of statements. Only ended months of a published
 * plan's year have one.
 */
@Service
public class MonthlyBulletins {

	private final PlanBoardService boards;

	private final PlanCatalog plans;

	private final WatchList watchList;

	private final FundingBoard funding;

	private final ReportingCalendar calendar;

	private final Clock clock;

	MonthlyBulletins(PlanBoardService boards, PlanCatalog plans, WatchList watchList, FundingBoard funding,
			ReportingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.boards = boards;
		this.plans = plans;
		this.watchList = watchList;
		this.funding = funding;
		this.clock = clock;
	}

	/** The months of a published plan's year that have ended, in order. */
	@Transactional(readOnly = true)
	public List<YearMonth> endedMonths(int year) {
		this.plans.publishedPlan(year).orElseThrow(() -> new NotFoundException("notFound.plan", year));
		LocalDate today = LocalDate.now(this.clock);
		List<YearMonth> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth candidate = YearMonth.of(year, month);
			if (candidate.atEndOfMonth().isBefore(today)) {
				months.add(candidate);
			}
		}
		return months;
	}

	/**
	 * The bulletin of a month ("1"–"12") of a published plan's year, or a 404 naming what
	 * is wrong: no such month, or a month that has not ended yet.
	 */
	@Transactional(readOnly = true)
	public Bulletin of(int year, String typedMonth) {
		int month = month(year, typedMonth);
		Plan plan = this.plans.publishedPlan(year).orElseThrow(() -> new NotFoundException("notFound.plan", year));
		LocalDate monthEnd = YearMonth.of(year, month).atEndOfMonth();
		if (!monthEnd.isBefore(LocalDate.now(this.clock))) {
			throw new NotFoundException("notFound.bulletinNotYet", year, month);
		}
		AsOf asOf = AsOf.endOf(monthEnd, this.clock);
		PlanBoard now = this.boards.figures(year, asOf);
		PlanBoard before = this.boards.figures(year, AsOf.endOf(monthEnd.withDayOfMonth(1).minusDays(1), this.clock));
		Map<Integer, CommitmentView> previous = before.commitments()
			.stream()
			.collect(Collectors.toMap(CommitmentView::number, Function.identity()));
		List<CommitmentView> all = now.commitments();
		List<Bulletin.Change> changes = all.stream().map((c) -> {
			CommitmentView was = previous.get(c.number());
			return (was == null) ? null
					: new Bulletin.Change(c, was.progress().status(), was.progress().shown().value());
		})
			.filter(Objects::nonNull)
			.filter((change) -> change.statusChanged()
					|| !Objects.equals(change.rateBefore(), change.now().progress().shown().value()))
			.toList();
		List<Commitment> commitments = this.plans.commitmentsOf(plan);
		Map<Long, CommitmentFunding> money = this.funding.of(commitments, asOf.cutoff());
		List<Bulletin.FundingLine> funding = commitments.stream()
			.filter((c) -> money.containsKey(c.getId()))
			.map((c) -> new Bulletin.FundingLine(c.getNumber(), c.getTitle(), money.get(c.getId()).current()))
			.toList();
		return new Bulletin(year, month, monthEnd, plan.getTitle(), now.headline(),
				all.stream().filter((c) -> c.progress().status().isDelivered()).toList(),
				all.stream().filter((c) -> isUnderWay(c) && isAhead(c)).toList(),
				all.stream().filter((c) -> isUnderWay(c) && !isAhead(c)).toList(),
				all.stream().filter((c) -> c.progress().status() == ProgressStatus.BEHIND_SCHEDULE).toList(),
				all.stream().filter((c) -> c.progress().status().hasNoFigure()).toList(), changes,
				this.watchList.ofYear(year, asOf.cutoff()), funding, stale(year, asOf, all), late(year, monthEnd));
	}

	private List<CommitmentView> stale(int year, AsOf asOf, List<CommitmentView> all) {
		Map<Integer, Freshness> freshness = this.calendar.freshnessOfPlan(year, asOf);
		return all.stream().filter((c) -> freshness.getOrDefault(c.number(), Freshness.UNKNOWN).stale()).toList();
	}

	private List<Bulletin.LateDepartment> late(int year, LocalDate monthEnd) {
		Map<String, List<Obligation>> byDepartment = this.calendar.obligationsOn(monthEnd)
			.stream()
			.filter((o) -> o.year() == year)
			.filter((o) -> o.standing() == Standing.LATE || o.standing() == Standing.OVERDUE)
			.collect(Collectors.groupingBy((o) -> (o.department() != null) ? o.department().zh() : "",
					java.util.LinkedHashMap::new, Collectors.toList()));
		return byDepartment.values()
			.stream()
			.map((list) -> new Bulletin.LateDepartment(list.get(0).department(),
					list.stream().filter((o) -> o.standing() == Standing.LATE).count(),
					list.stream().filter((o) -> o.standing() == Standing.OVERDUE).count()))
			.toList();
	}

	private static boolean isUnderWay(CommitmentView commitment) {
		return commitment.progress().status() == ProgressStatus.IN_PROGRESS;
	}

	private static boolean isAhead(CommitmentView commitment) {
		return commitment.indicators().stream().map((i) -> i.progress()).anyMatch(IndicatorProgress::isAhead);
	}

	private static int month(int year, String typed) {
		if (typed == null || !typed.matches("\\d{1,2}")) {
			String shown = String.valueOf(typed);
			throw new NotFoundException("notFound.bulletin", year,
					(shown.length() > 20) ? shown.substring(0, 20) : shown);
		}
		int month = Integer.parseInt(typed);
		if (month < 1 || month > 12) {
			throw new NotFoundException("notFound.bulletin", year, typed);
		}
		return month;
	}

}
