package org.minsheng.tracker.spreadsheet;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.progress.Reading;
import org.minsheng.tracker.progress.ReportFiling;
import org.minsheng.tracker.progress.ReportRules;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.Problem;
import org.springframework.stereotype.Component;

/**
 * Checks every row of an upload against the current data with the same
 * {@link ReportRules} as the report form, plus what only a sheet can get wrong: numbers
 * that name no indicator, an indicator name that does not match, an indicator the
 * editor's departments do not lead, yes/no cells, and the same indicator and date twice.
 */
@Component
class ImportCheck {

	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("value", "数值", "taskDone", "任务是否完成", "asOf",
			"截至日期", "note", "说明", "evidenceUrl", "佐证链接", "correctionReason", "更正原因", "breakdownNote", "分县说明",
			"confirmLarge", "数值已核实");

	private final PlanCatalog plans;

	private final ApprovedReports reports;

	private final Clock clock;

	ImportCheck(PlanCatalog plans, ApprovedReports reports, Clock clock) {
		this.plans = plans;
		this.reports = reports;
		this.clock = clock;
	}

	/** Checks the rows for this editor; call inside a transaction. */
	List<RowCheck> check(List<SheetRow> rows, StaffMember editor, List<County> counties) {
		Set<Integer> years = rows.stream()
			.map((row) -> integer(row.line().planYear()))
			.flatMap(Optional::stream)
			.collect(Collectors.toSet());
		Map<String, Indicator> byKey = new HashMap<>();
		if (!years.isEmpty()) {
			this.plans.indicatorsOfYears(years).forEach((i) -> byKey.put(key(i), i));
		}
		Map<Long, Reading> lastApproved = lastApproved(byKey.values());
		LocalDate today = LocalDate.now(this.clock);
		List<RowCheck> checked = new ArrayList<>();
		Map<String, List<Integer>> seen = new HashMap<>();
		for (SheetRow row : rows) {
			RowCheck check = checkRow(row, editor, byKey, lastApproved, counties, today);
			checked.add(check);
			if (check.filing() != null && check.filing().indicatorId() != null) {
				seen.computeIfAbsent(check.filing().indicatorId() + "@" + normalized(row.line().asOf()),
						(k) -> new ArrayList<>())
					.add(checked.size() - 1);
			}
		}
		markDuplicates(checked, seen);
		return checked;
	}

	private RowCheck checkRow(SheetRow row, StaffMember editor, Map<String, Indicator> byKey,
			Map<Long, Reading> lastApproved, List<County> counties, LocalDate today) {
		ReportLine line = row.line();
		if (line.reportsNothing()) {
			return new RowCheck(row, RowCheck.Outcome.SKIP, List.of(), null);
		}
		List<Problem> problems = new ArrayList<>();
		Optional<Integer> year = integer(line.planYear());
		Optional<Integer> number = integer(line.commitmentNumber());
		Optional<Integer> position = integer(line.indicatorPosition());
		if (year.isEmpty()) {
			problems.add(new Problem("年度", "import.row.notInteger"));
		}
		if (number.isEmpty()) {
			problems.add(new Problem("实事编号", "import.row.notInteger"));
		}
		if (position.isEmpty()) {
			problems.add(new Problem("指标序号", "import.row.notInteger"));
		}
		if (!problems.isEmpty()) {
			return error(row, problems);
		}
		Indicator indicator = byKey.get(year.get() + "/" + number.get() + "/" + position.get());
		if (indicator == null) {
			problems.add(new Problem(null, "import.row.noSuchIndicator", year.get(), number.get(), position.get()));
			return error(row, problems);
		}
		if (!line.indicatorName().isBlank() && !line.indicatorName().strip().equals(indicator.getName().zh())) {
			problems.add(new Problem("指标名称", "import.row.nameMismatch", indicator.getName().zh()));
		}
		if (!editor.belongsTo(indicator.getCommitment().getLeadDepartment())) {
			problems.add(new Problem(null, "import.row.notLead", year.get(), number.get()));
			return error(row, problems);
		}
		ReportFiling form = filing(line, indicator, counties, problems);
		ReportRules.Checked checked = ReportRules.check(form, indicator, year.get(), today,
				lastApproved.get(indicator.getId()), counties);
		for (Problem problem : checked.problems()) {
			problems.add(new Problem(column(problem.field(), counties), problem.messageKey(), problem.arguments()));
		}
		return problems.isEmpty() ? new RowCheck(row, RowCheck.Outcome.FILE, List.of(), form)
				: new RowCheck(row, RowCheck.Outcome.ERROR, List.copyOf(problems), form);
	}

	private static ReportFiling filing(ReportLine line, Indicator indicator, List<County> counties,
			List<Problem> problems) {
		boolean lowerBound = Boolean.TRUE.equals(yesNo(line.lowerBound(), "是否下限", problems));
		boolean confirmed = Boolean.TRUE.equals(yesNo(line.confirmed(), "数值已核实", problems));
		Boolean taskDone = yesNo(line.taskDone(), "任务是否完成", problems);
		Map<String, String> amounts = new LinkedHashMap<>();
		for (int i = 0; i < counties.size(); i++) {
			if (!line.counties().get(i).isBlank()) {
				amounts.put(counties.get(i).getCode(), line.counties().get(i));
			}
		}
		ReportFiling filing = new ReportFiling(indicator.getId(), line.value(), lowerBound, taskDone, line.asOf(),
				line.note(), line.evidenceUrl(), line.correctionReason(), line.breakdownNote(), confirmed, amounts,
				null);
		if (indicator.getKind() == IndicatorKind.QUALITATIVE) {
			if (!line.value().isBlank() || !amounts.isEmpty()) {
				problems.add(new Problem("数值", "import.row.qualitativeHasValue"));
			}
		}
		else if (!line.taskDone().isBlank()) {
			problems.add(new Problem("任务是否完成", "import.row.measuredHasTaskState"));
		}
		return filing;
	}

	private static Boolean yesNo(String cell, String column, List<Problem> problems) {
		String text = cell.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.equals(SheetFormat.YES)) {
			return Boolean.TRUE;
		}
		if (text.equals(SheetFormat.NO)) {
			return Boolean.FALSE;
		}
		problems.add(new Problem(column, "import.row.yesNo"));
		return null;
	}

	private static void markDuplicates(List<RowCheck> checked, Map<String, List<Integer>> seen) {
		for (List<Integer> same : seen.values()) {
			if (same.size() < 2) {
				continue;
			}
			for (int index : same) {
				RowCheck row = checked.get(index);
				String others = same.stream()
					.filter((other) -> other != index)
					.map((other) -> String.valueOf(checked.get(other).row().number()))
					.collect(Collectors.joining(", "));
				List<Problem> problems = new ArrayList<>(row.problems());
				problems.add(new Problem(null, "import.row.duplicate", others));
				checked.set(index,
						new RowCheck(row.row(), RowCheck.Outcome.ERROR, List.copyOf(problems), row.filing()));
			}
		}
	}

	private Map<Long, Reading> lastApproved(java.util.Collection<Indicator> all) {
		List<Long> commitmentIds = all.stream().map((i) -> i.getCommitment().getId()).distinct().toList();
		Map<Long, Reading> readings = new HashMap<>();
		if (!commitmentIds.isEmpty()) {
			for (ProgressReport report : this.reports.latestOf(commitmentIds)) {
				readings.put(report.getIndicator().getId(), report.reading());
			}
		}
		return readings;
	}

	private static RowCheck error(SheetRow row, List<Problem> problems) {
		return new RowCheck(row, RowCheck.Outcome.ERROR, List.copyOf(problems), null);
	}

	private static String column(String field, List<County> counties) {
		if (field.startsWith("counties[")) {
			String code = field.substring("counties[".length(), field.length() - 1);
			return counties.stream()
				.filter((c) -> c.getCode().equals(code))
				.map((c) -> c.getName().zh())
				.findFirst()
				.orElse(null);
		}
		return COLUMN_OF_FIELD.get(field);
	}

	private static String key(Indicator indicator) {
		return indicator.getCommitment().getPlan().getYear() + "/" + indicator.getCommitment().getNumber() + "/"
				+ indicator.getPosition();
	}

	private static Optional<Integer> integer(String cell) {
		String text = normalized(cell);
		if (!text.matches("\\d{1,4}")) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(text));
	}

	private static String normalized(String cell) {
		return Normalizer.normalize(Objects.requireNonNullElse(cell, ""), Normalizer.Form.NFKC).strip();
	}

}
