package org.minsheng.tracker.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.Target;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	private final Commitment commitment = Plan.draft(2026, new LocalizedText("计划", "Plan"), null)
		.addCommitment(new LocalizedText("实事", "Commitment"), Area.HOUSING);

	private final Indicator elevators = this.commitment.addIndicator(new LocalizedText("电梯", "Elevators"),
			IndicatorKind.COUNT, new LocalizedText("部", "elevators"), Target.of(100));

	private final Indicator coverage = this.commitment.addIndicator(new LocalizedText("覆盖率", "Coverage"),
			IndicatorKind.PERCENTAGE, new LocalizedText("%", "%"), Target.of(100));

	private final Indicator task = this.commitment.addIndicator(new LocalizedText("任务", "Task"),
			IndicatorKind.QUALITATIVE, null, Target.NONE);

	private static ReportForm form(String value, String asOf) {
		ReportForm form = new ReportForm();
		form.setValue(value);
		form.setAsOf(asOf);
		return form;
	}

	private ReportRules.Checked check(ReportForm form, Indicator indicator, Reading last) {
		return ReportRules.check(form.toFiling(), indicator, 2026, TODAY, last, List.of());
	}

	private static List<String> keys(ReportRules.Checked checked) {
		return checked.problems().stream().map(Problem::messageKey).toList();
	}

	@Test
	void aCleanFigureInTheYearPasses() {
		ReportRules.Checked checked = check(form("46", "2026-06-30"), this.elevators, null);
		assertThat(checked.isValid()).isTrue();
		assertThat(checked.figure().value()).isEqualByComparingTo("46");
		assertThat(checked.asOf()).isEqualTo(TODAY);
	}

	@Test
	void fullWidthDigitsFromAChineseKeyboardAreAccepted() {
		assertThat(check(form("４６", "2026-06-30"), this.elevators, null).figure().value()).isEqualByComparingTo("46");
	}

	@Test
	void badFiguresAreRefusedWithTheirOwnMessage() {
		assertThat(keys(check(form("", "2026-06-30"), this.elevators, null)))
			.containsExactly("report.error.value.required");
		assertThat(keys(check(form("-3", "2026-06-30"), this.elevators, null)))
			.containsExactly("report.error.value.negative");
		assertThat(keys(check(form("forty", "2026-06-30"), this.elevators, null)))
			.containsExactly("report.error.value.notNumber");
		assertThat(keys(check(form("1,234", "2026-06-30"), this.elevators, null)))
			.containsExactly("report.error.value.notNumber");
		assertThat(keys(check(form("1.234", "2026-06-30"), this.elevators, null)))
			.containsExactly("report.error.value.notNumber");
		assertThat(keys(check(form("9999999999999", "2026-06-30"), this.elevators, null)))
			.containsExactly("report.error.value.tooLarge");
		assertThat(keys(check(form("100.5", "2026-06-30"), this.coverage, null)))
			.containsExactly("report.error.value.percentOver100");
	}

	@Test
	void asOfMustBeARealDayOfThePlanYearAndNotInTheFuture() {
		assertThat(keys(check(form("1", ""), this.elevators, null))).containsExactly("report.error.asOf.required");
		assertThat(keys(check(form("1", "2026-02-30"), this.elevators, null)))
			.containsExactly("report.error.asOf.invalid");
		assertThat(keys(check(form("1", "30/06/2026"), this.elevators, null)))
			.containsExactly("report.error.asOf.invalid");
		assertThat(keys(check(form("1", "2025-12-31"), this.elevators, null)))
			.containsExactly("report.error.asOf.outsideYear");
		assertThat(keys(check(form("1", "2026-07-01"), this.elevators, null)))
			.containsExactly("report.error.asOf.future");
	}

	@Test
	void aDropBelowTheLastApprovedFigureNeedsACorrectionReason() {
		Reading last = new Reading(Figure.exactly(40), null, LocalDate.of(2026, 5, 31), Instant.now());
		assertThat(keys(check(form("30", "2026-06-30"), this.elevators, last)))
			.containsExactly("report.error.lowerThanApproved");
		ReportForm corrected = form("30", "2026-06-30");
		corrected.setCorrectionReason("重复统计了10部");
		assertThat(check(corrected, this.elevators, last).isValid()).isTrue();
		assertThat(check(form("40", "2026-06-30"), this.elevators, last).isValid()).isTrue();
	}

	@Test
	void farAboveTargetNeedsConfirmation() {
		assertThat(keys(check(form("151", "2026-06-30"), this.elevators, null)))
			.containsExactly("report.warning.farAboveTarget");
		ReportForm confirmed = form("151", "2026-06-30");
		confirmed.setConfirmLarge(true);
		assertThat(check(confirmed, this.elevators, null).isValid()).isTrue();
		assertThat(check(form("150", "2026-06-30"), this.elevators, null).isValid()).isTrue();
	}

	@Test
	void qualitativeTasksNeedAStateAndNoFigure() {
		assertThat(keys(check(form(null, "2026-06-30"), this.task, null)))
			.containsExactly("report.error.task.required");
		ReportForm done = form(null, "2026-06-30");
		done.setTaskDone(true);
		ReportRules.Checked checked = check(done, this.task, null);
		assertThat(checked.isValid()).isTrue();
		assertThat(checked.taskDone()).isTrue();
		assertThat(checked.figure()).isNull();
	}

	@Test
	void evidenceMustBeAWebLinkAndTextsHaveALimit() {
		ReportForm form = form("10", "2026-06-30");
		form.setEvidenceUrl("javascript:alert(1)");
		form.setNote("长".repeat(2001));
		assertThat(keys(check(form, this.elevators, null))).containsExactlyInAnyOrder("report.error.evidence.invalid",
				"report.error.text.tooLong");
		form.setEvidenceUrl("https://example.org/report.pdf");
		form.setNote("说明");
		assertThat(check(form, this.elevators, null).isValid()).isTrue();
	}

}
