package org.minsheng.tracker.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.minsheng.tracker.pace.PlannedPace;
import org.minsheng.tracker.pace.Schedules;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Indicator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the funding feature offers the others to read: approved funding as the public
 * could see it at a moment, each report against the planned pace of its as-of day.
 */
@Service
@Transactional(readOnly = true)
public class FundingBoard {

	private final FundingReports reports;

	private final Schedules schedules;

	FundingBoard(FundingReports reports, Schedules schedules) {
		this.reports = reports;
		this.schedules = schedules;
	}

	/** Every commitment's public funding, by commitment id (absent: none approved). */
	public Map<Long, CommitmentFunding> of(Collection<Commitment> commitments, Instant cutoff) {
		if (commitments.isEmpty()) {
			return Map.of();
		}
		Map<Long, Commitment> byId = commitments.stream()
			.collect(Collectors.toMap(Commitment::getId, (c) -> c, (a, b) -> a, LinkedHashMap::new));
		Map<Long, PlannedPace> paces = this.schedules.pacesOf(commitments, cutoff);
		Map<Long, List<PublicFunding>> approved = new LinkedHashMap<>();
		for (FundingReport report : this.reports.findApproved(byId.keySet(), cutoff)) {
			Commitment commitment = byId.get(report.getCommitmentId());
			approved.computeIfAbsent(report.getCommitmentId(), (id) -> new ArrayList<>())
				.add(new PublicFunding(report.getAsOf(), report.getReviewedAt(),
						figures(report, pacesOf(commitment, paces), report.getAsOf()), report.getExplanation()));
		}
		Map<Long, CommitmentFunding> result = new LinkedHashMap<>();
		approved
			.forEach((id, list) -> result.put(id, new CommitmentFunding(list.get(0), list.subList(1, list.size()))));
		return result;
	}

	/** One commitment's public funding. */
	public CommitmentFunding of(Commitment commitment, Instant cutoff) {
		return of(List.of(commitment), cutoff).getOrDefault(commitment.getId(), CommitmentFunding.NONE);
	}

	static List<PlannedPace> pacesOf(Commitment commitment, Map<Long, PlannedPace> paces) {
		return commitment.getIndicators().stream().map(Indicator::getId).map(paces::get).toList();
	}

	static FundingFigures figures(FundingReport report, List<PlannedPace> paces, LocalDate day) {
		BigDecimal share = PlannedPace.meanPlannedRate(paces, day);
		return new FundingFigures(report.planned(), report.getSpent(), day, (share != null) ? share : BigDecimal.ZERO);
	}

}
