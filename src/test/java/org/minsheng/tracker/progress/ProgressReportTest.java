package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.Target;
import org.minsheng.tracker.system.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report's life: draft → submitted → approved (public) or rejected → answered and
 * submitted again. Each step checks its own rules.
 */
class ProgressReportTest {

	private static final Instant NOW = Instant.parse("2025-06-30T02:00:00Z");

	private static final Long EDITOR = 7L;

	private static final Long REVIEWER = 9L;

	private Indicator elevators;

	private Indicator screening;

	private Indicator qualitative;

	@BeforeEach
	void plan() {
		Plan plan = Plan.draft(2025, new LocalizedText("计划", "Plan"), null);
		var commitment = plan.addCommitment(new LocalizedText("加装电梯", "Elevators"), Area.HOUSING);
		this.elevators = commitment.addIndicator(new LocalizedText("加装电梯", "Elevators"), IndicatorKind.COUNT,
				new LocalizedText("部", "elevators"), Target.of(46));
		this.screening = commitment.addIndicator(new LocalizedText("筛查覆盖率", "Coverage"), IndicatorKind.PERCENTAGE,
				new LocalizedText("%", "%"), Target.of(100));
		this.qualitative = commitment.addIndicator(new LocalizedText("扎实推进", "Carry out"), IndicatorKind.QUALITATIVE,
				null, Target.NONE);
	}

	private ProgressReport submitted(long value) {
		ProgressReport report = ProgressReport.draftFigure(this.elevators, LocalDate.of(2025, 6, 30),
				Figure.exactly(value), NOW);
		report.fileAs(EDITOR, null, FilingDetails.NONE);
		report.submit(NOW);
		return report;
	}

	@Test
	void aDraftIsEditableAndNotPublic() {
		ProgressReport report = ProgressReport.draftFigure(this.elevators, LocalDate.of(2025, 6, 30),
				Figure.exactly(12), NOW);
		assertThat(report.getReviewState()).isEqualTo(ReviewState.DRAFT);
		assertThat(report.isEditable()).isTrue();
		assertThat(report.getApprovedAt()).isNull();
		assertThat(report.reading().figure().value()).isEqualByComparingTo("12");
	}

	@Test
	void submittingFreezesTheReport() {
		ProgressReport report = submitted(12);
		assertThat(report.getReviewState()).isEqualTo(ReviewState.SUBMITTED);
		assertThat(report.getSubmittedAt()).isEqualTo(NOW);
		assertThat(report.isEditable()).isFalse();
		assertThatThrownBy(() -> report.revise(LocalDate.of(2025, 7, 1), Figure.exactly(13), null))
			.isInstanceOf(ReviewException.class)
			.hasMessage("review.error.notEditable");
		assertThatThrownBy(() -> report.submit(NOW)).hasMessage("review.error.notEditable");
	}

	@Test
	void approvalMakesItPublicOnceAndNeverByItsFiler() {
		ProgressReport report = submitted(12);
		assertThatThrownBy(() -> report.approve(EDITOR, NOW)).hasMessage("review.error.ownReport");
		assertThat(report.getReviewState()).isEqualTo(ReviewState.SUBMITTED);
		report.approve(REVIEWER, NOW);
		assertThat(report.getReviewState()).isEqualTo(ReviewState.APPROVED);
		assertThat(report.getReviewedBy()).isEqualTo(REVIEWER);
		assertThat(report.reading().approvedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> report.approve(REVIEWER, NOW)).hasMessage("review.error.wrongState");
		assertThatThrownBy(() -> report.reject(REVIEWER, "晚了", NOW)).hasMessage("review.error.wrongState");
	}

	@Test
	void aDraftCannotBeApprovedOrRejected() {
		ProgressReport draft = ProgressReport.draftFigure(this.elevators, LocalDate.of(2025, 6, 30), Figure.exactly(3),
				NOW);
		assertThatThrownBy(() -> draft.approve(REVIEWER, NOW)).hasMessage("review.error.wrongState");
		assertThatThrownBy(() -> draft.reject(REVIEWER, "原因", NOW)).hasMessage("review.error.wrongState");
	}

	@Test
	void aRejectionNeedsAReasonAndReturnsTheReportToItsEditor() {
		ProgressReport report = submitted(12);
		assertThatThrownBy(() -> report.reject(REVIEWER, "  ", NOW)).hasMessage("review.error.reasonRequired");
		assertThat(report.getReviewState()).isEqualTo(ReviewState.SUBMITTED);
		report.reject(REVIEWER, "  数字与附件不符 ", NOW);
		assertThat(report.getReviewState()).isEqualTo(ReviewState.REJECTED);
		assertThat(report.getRejectionReason()).isEqualTo("数字与附件不符");
		assertThat(report.isEditable()).isTrue();
		report.revise(LocalDate.of(2025, 7, 1), Figure.exactly(11), null);
		assertThat(report.getReviewState()).isEqualTo(ReviewState.DRAFT);
		report.submit(NOW.plusSeconds(60));
		report.approve(REVIEWER, NOW.plusSeconds(120));
		assertThat(report.reading().figure().value()).isEqualByComparingTo("11");
		assertThat(report.getAsOf()).isEqualTo(LocalDate.of(2025, 7, 1));
	}

	@Test
	void aFigureMustSuitItsIndicator() {
		assertThatThrownBy(() -> ProgressReport.draftFigure(this.screening, LocalDate.of(2025, 6, 30),
				new Figure(new BigDecimal("100.1"), false), NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> ProgressReport.draftFigure(this.qualitative, LocalDate.of(2025, 6, 30), Figure.exactly(1), NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ProgressReport.draftTaskState(this.elevators, LocalDate.of(2025, 6, 30), true, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		ProgressReport task = ProgressReport.draftTaskState(this.qualitative, LocalDate.of(2025, 6, 30), true, NOW);
		assertThat(task.reading().taskDone()).isTrue();
		assertThat(task.reading().figure()).isNull();
	}

}
