package org.minsheng.tracker.progress;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.minsheng.tracker.plan.Indicator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the progress feature tells about an approval to those who notify others of it (a
 * read model, not the entity).
 */
@Service
@Transactional(readOnly = true)
public class ApprovalNotices {

	private final EntityManager entityManager;

	ApprovalNotices(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The approved report's notice; empty when it is not (or no longer) approved. */
	public Optional<ApprovalNotice> of(Long reportId) {
		List<ProgressReport> found = this.entityManager
			.createQuery("""
					select r from ProgressReport r join fetch r.indicator i join fetch i.commitment c join fetch c.plan
					left join fetch r.sourceDocument
					where r.id = :id and r.reviewState = org.minsheng.tracker.progress.ReviewState.APPROVED""",
					ProgressReport.class)
			.setParameter("id", reportId)
			.getResultList();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ProgressReport report = found.get(0);
		Indicator indicator = report.getIndicator();
		List<ProgressReport> earlier = this.entityManager.createQuery("""
				select r from ProgressReport r where r.indicator.id = :indicator and r.id <> :id
				and r.reviewState = org.minsheng.tracker.progress.ReviewState.APPROVED
				order by r.asOf desc, r.approvedAt desc, r.id desc""", ProgressReport.class)
			.setParameter("indicator", indicator.getId())
			.setParameter("id", reportId)
			.setMaxResults(1)
			.getResultList();
		return Optional.of(new ApprovalNotice(report.getId(), indicator.getCommitment().getId(),
				indicator.getCommitment().getPlan().getYear(), indicator.getCommitment().getNumber(),
				indicator.getCommitment().getTitle(), indicator.getName(), indicator.getKind(), indicator.getUnit(),
				report.reading(), earlier.isEmpty() ? null : earlier.get(0).reading(),
				(report.getSourceDocument() != null) ? report.getSourceDocument().getTitle() : null,
				report.getSourceQuote(), report.getEvidenceUrl(), report.getAsOf()));
	}

}
