package org.minsheng.tracker.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the progress feature offers the reporting calendar to read: when each report was
 * filed (submitted, or approved for reports that never went through the review) and, once
 * public, approved. Drafts and reports sent back are not filings; a rejected report
 * answered again counts from its new submission.
 */
@Service
@Transactional(readOnly = true)
public class ReportFilings {

	private final EntityManager entityManager;

	ReportFilings(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The filings of the plans of these years with an as-of date from {@code from} on, in
	 * one statement.
	 */
	public List<FiledReport> ofYears(Collection<Integer> years, LocalDate from) {
		if (years.isEmpty()) {
			return List.of();
		}
		return this.entityManager.createQuery("""
				select new org.minsheng.tracker.progress.FiledReport(r.indicator.id, r.asOf,
					coalesce(r.submittedAt, r.approvedAt),
					case when r.reviewState = org.minsheng.tracker.progress.ReviewState.APPROVED then r.approvedAt end,
					r.value, r.taskDone)
				from ProgressReport r
				where r.indicator.commitment.plan.year in :years and r.asOf >= :from
				and r.reviewState in (org.minsheng.tracker.progress.ReviewState.SUBMITTED,
					org.minsheng.tracker.progress.ReviewState.APPROVED,
					org.minsheng.tracker.progress.ReviewState.SUPERSEDED)""", FiledReport.class)
			.setParameter("years", years)
			.setParameter("from", from)
			.getResultList();
	}

}
