package org.minsheng.tracker.watch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The watch list (挂牌督办): what everyone may read ({@link #current()}, a year's or a
 * commitment's entries, as of a moment) and what the supervision office does (place a
 * published commitment with a reason and a deadline, lift it). Every change is audited
 * and shown publicly at once. Bad input changes nothing.
 */
@Service
public class WatchList {

	static final int MAX_REASON = 500;

	private static final Instant NO_CUTOFF = Instant.parse("9999-12-31T00:00:00Z");

	private final WatchEntries entries;

	private final PlanCatalog plans;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WatchList(WatchEntries entries, PlanCatalog plans, ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.plans = plans;
		this.events = events;
		this.clock = clock;
	}

	/** Every commitment watched now, oldest placement first. */
	@Transactional(readOnly = true)
	public List<Watched> current() {
		return watched(this.entries.findActiveAt(NO_CUTOFF));
	}

	/**
	 * The commitments of a year watched at a moment (reports approved before it count, as
	 * {@code progress.AsOf#cutoff}).
	 */
	@Transactional(readOnly = true)
	public List<Watched> ofYear(int year, Instant cutoff) {
		return watched(this.entries.findActiveAt(cutoff)).stream().filter((w) -> w.year() == year).toList();
	}

	/** A commitment's entry watched at a moment, or null. */
	@Transactional(readOnly = true)
	public Watched of(int year, int number, Instant cutoff) {
		return ofYear(year, cutoff).stream().filter((w) -> w.number() == number).findFirst().orElse(null);
	}

	/** Every entry, lifted ones too, newest first: the office's page. */
	@Transactional(readOnly = true)
	public List<Watched> history() {
		return watched(this.entries.findAllNewestFirst());
	}

	private List<Watched> watched(List<WatchEntry> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, Commitment> commitments = this.plans
			.publishedCommitments(list.stream().map(WatchEntry::getCommitmentId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Commitment::getId, Function.identity()));
		return list.stream().filter((e) -> commitments.containsKey(e.getCommitmentId())).map((e) -> {
			Commitment c = commitments.get(e.getCommitmentId());
			return new Watched(e.getId(), c.getPlan().getYear(), c.getNumber(), c.getTitle(), e.getReason(),
					e.getDeadline(), e.getPlacedAt(), e.getLiftedAt(), e.getLiftNote(), e.getVersion());
		}).toList();
	}

	/**
	 * Puts a published plan's commitment on the watch list.
	 * @return the entry's id
	 */
	@Transactional
	public Long place(String typedYear, String typedNumber, String reason, String deadline, StaffMember reviewer) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		Commitment commitment = null;
		Integer year = whole(typedYear);
		Integer number = whole(typedNumber);
		if (year == null) {
			problems.add("year", "watch.error.yearRequired");
		}
		if (number == null) {
			problems.add("number", "watch.error.commitmentRequired");
		}
		if (year != null && number != null) {
			Plan plan = this.plans.publishedPlan(year).orElse(null);
			commitment = (plan != null) ? this.plans.commitment(plan, number).orElse(null) : null;
			if (commitment == null) {
				problems.add("number", "watch.error.noSuchCommitment", year, number);
			}
		}
		if (reason == null || reason.isBlank()) {
			problems.add("reason", "watch.error.reasonRequired");
		}
		else if (reason.strip().length() > MAX_REASON) {
			problems.add("reason", "watch.error.reasonTooLong", MAX_REASON);
		}
		LocalDate due = null;
		if (deadline == null || deadline.isBlank()) {
			problems.add("deadline", "watch.error.deadlineRequired");
		}
		else {
			try {
				due = LocalDate.parse(deadline.strip());
				if (due.isBefore(LocalDate.now(this.clock))) {
					problems.add("deadline", "watch.error.deadlinePast");
				}
			}
			catch (java.time.DateTimeException ex) {
				problems.add("deadline", "watch.error.deadlineFormat");
			}
		}
		if (commitment != null) {
			Long id = commitment.getId();
			if (this.entries.findActiveAt(NO_CUTOFF).stream().anyMatch((e) -> e.getCommitmentId().equals(id))) {
				problems.add("number", "watch.error.alreadyWatched");
			}
		}
		problems.throwIfAny();
		WatchEntry entry = this.entries.saveAndFlush(
				new WatchEntry(commitment.getId(), reason.strip(), due, reviewer.username(), this.clock.instant()));
		this.events
			.publishEvent(new WatchPlaced(entry.getId(), entry.snapshot(), entry.getReason(), reviewer.username()));
		return entry.getId();
	}

	private static Integer whole(String typed) {
		if (typed == null || !typed.strip().matches("\\d{1,4}")) {
			return null;
		}
		return Integer.valueOf(typed.strip());
	}

	/** Lifts an entry (once). */
	@Transactional
	public void lift(Long entryId, Long version, String note, StaffMember reviewer) {
		if (entryId == null) {
			throw new NotFoundException("notFound.watchEntry", "");
		}
		WatchEntry entry = this.entries.findById(entryId)
			.orElseThrow(() -> new NotFoundException("notFound.watchEntry", entryId));
		Versions.require(version, entry.getVersion(), () -> new OptimisticLockingFailureException("changed"));
		if (note != null && note.strip().length() > MAX_REASON) {
			throw new WatchException("watch.error.noteTooLong");
		}
		String before = entry.snapshot();
		entry.lift(reviewer.username(), note, this.clock.instant());
		this.entries.saveAndFlush(entry);
		this.events
			.publishEvent(new WatchLifted(entryId, before, entry.snapshot(), entry.getLiftNote(), reviewer.username()));
	}

}
