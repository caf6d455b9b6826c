package org.minsheng.tracker.pace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pace feature offers the others to read: every indicator's planned pace
 * ({@link PlannedPace}) and the approved changes of its milestones, for any number of
 * commitments in two statements. As of a past moment, an indicator's schedule is the one
 * before the first change approved after that moment.
 */
@Service
@Transactional(readOnly = true)
public class Schedules {

	/** Later than any approval. */
	static final Instant NO_CUTOFF = Instant.parse("9999-12-31T00:00:00Z");

	private final Milestones milestones;

	private final MilestoneChanges changes;

	Schedules(Milestones milestones, MilestoneChanges changes) {
		this.milestones = milestones;
		this.changes = changes;
	}

	/**
	 * The planned pace of every indicator of these commitments (loaded with their
	 * indicators and plan), by indicator id; the calendar line where an indicator has no
	 * milestones.
	 * @param cutoff only changes approved before it count, or null for the latest
	 */
	public Map<Long, PlannedPace> pacesOf(Collection<Commitment> commitments, Instant cutoff) {
		List<Indicator> indicators = commitments.stream().flatMap((c) -> c.getIndicators().stream()).toList();
		if (indicators.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = indicators.stream().map(Indicator::getId).toList();
		Map<Long, List<MilestonePoint>> current = this.milestones.findOfIndicators(ids)
			.stream()
			.collect(Collectors.groupingBy(Milestone::getIndicatorId,
					Collectors.mapping(Milestone::point, Collectors.toList())));
		Map<Long, String> before = (cutoff != null && cutoff.isBefore(NO_CUTOFF)) ? scheduleBefore(ids, cutoff)
				: Map.of();
		Map<Long, PlannedPace> paces = new HashMap<>();
		for (Indicator indicator : indicators) {
			int year = indicator.getCommitment().getPlan().getYear();
			List<MilestonePoint> points = current.getOrDefault(indicator.getId(), List.of());
			if (before.containsKey(indicator.getId())) {
				points = parseOrKeep(before.get(indicator.getId()), year, indicator, points);
			}
			paces.put(indicator.getId(), PlannedPace.of(year, indicator.getKind(), indicator.getTarget(), points));
		}
		return paces;
	}

	/** The planned pace of one indicator (loaded with its commitment and plan). */
	public PlannedPace paceOf(Indicator indicator) {
		int year = indicator.getCommitment().getPlan().getYear();
		return PlannedPace.of(year, indicator.getKind(), indicator.getTarget(),
				this.milestones.findOfIndicators(List.of(indicator.getId())).stream().map(Milestone::point).toList());
	}

	/**
	 * The approved changes of these commitments' milestones, newest first, as the public
	 * sees them.
	 * @param cutoff only changes approved before it, or null for all
	 */
	public List<PublicChange> changesOf(Collection<Commitment> commitments, Instant cutoff) {
		Map<Long, Indicator> indicators = new HashMap<>();
		commitments.forEach((c) -> c.getIndicators().forEach((i) -> indicators.put(i.getId(), i)));
		if (indicators.isEmpty()) {
			return List.of();
		}
		List<PublicChange> shown = new ArrayList<>();
		for (MilestoneChange change : this.changes.findApprovedOfIndicators(indicators.keySet(),
				(cutoff != null) ? cutoff : NO_CUTOFF)) {
			Indicator indicator = indicators.get(change.getIndicatorId());
			shown.add(new PublicChange(indicator.getCommitment().getNumber(), indicator.getPosition(),
					indicator.getName(), change.getReviewedAt(), change.getReason(), lines(change.getPreviousLines()),
					lines(change.getProposedLines())));
		}
		shown.sort(Comparator.comparing(PublicChange::approvedAt).reversed());
		return shown;
	}

	private Map<Long, String> scheduleBefore(List<Long> ids, Instant cutoff) {
		Map<Long, String> before = new HashMap<>();
		List<MilestoneChange> approved = this.changes.findApprovedOfIndicators(ids, NO_CUTOFF);
		// Newest first: the last one seen after the cutoff is the earliest after it.
		for (MilestoneChange change : approved) {
			if (!change.getReviewedAt().isBefore(cutoff)) {
				before.put(change.getIndicatorId(), change.getPreviousLines());
			}
		}
		return before;
	}

	private static List<MilestonePoint> parseOrKeep(String lines, int year, Indicator indicator,
			List<MilestonePoint> current) {
		try {
			return MilestoneLines.parse(lines, year, indicator.getKind(), indicator.getTarget());
		}
		catch (InvalidInputException ex) {
			return current;
		}
	}

	private static List<String> lines(String text) {
		return text.isBlank() ? List.of() : List.of(text.split("\n"));
	}

}
