package org.minsheng.tracker.spreadsheet;

import static org.minsheng.tracker.system.PortalFormat.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.county.County;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.progress.CountyFigure;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.ReportDesk;
import org.minsheng.tracker.progress.Reading;
import org.minsheng.tracker.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One line per indicator the editor's departments lead: the template (figures empty) or
 * the export (each indicator's current approved figure), in the layout the import reads.
 */
@Service
public class SheetExport {

	private final ReportDesk desk;

	private final ApprovedReports reports;

	private final CountyDirectory counties;

	SheetExport(ReportDesk desk, ApprovedReports reports, CountyDirectory counties) {
		this.desk = desk;
		this.reports = reports;
		this.counties = counties;
	}

	/** The file: the template ({@code withFigures} false) or the export. */
	@Transactional(readOnly = true)
	public byte[] file(SheetType type, StaffMember editor, boolean withFigures) {
		return SheetFiles.write(type, lines(editor, withFigures), SheetFormat.countyColumns(this.counties.all()));
	}

	@Transactional(readOnly = true)
	public List<ReportLine> lines(StaffMember editor, boolean withFigures) {
		List<Commitment> led = this.desk.commitmentsLedBy(editor);
		Map<Long, ProgressReport> current = new HashMap<>();
		Map<Long, Map<String, BigDecimal>> countyFigures = new HashMap<>();
		if (withFigures && !led.isEmpty()) {
			this.reports.latestOf(led.stream().map(Commitment::getId).toList())
				.forEach((report) -> current.put(report.getIndicator().getId(), report));
			if (!current.isEmpty()) {
				for (CountyFigure figure : this.reports
					.countyFiguresOf(current.values().stream().map(ProgressReport::getId).toList())) {
					countyFigures.computeIfAbsent(figure.getReport().getId(), (k) -> new HashMap<>())
						.put(figure.getCounty().getCode(), figure.getFigure());
				}
			}
		}
		List<County> all = this.counties.all();
		List<ReportLine> lines = new ArrayList<>();
		for (Commitment commitment : led) {
			for (Indicator indicator : commitment.getIndicators()) {
				ProgressReport report = current.get(indicator.getId());
				lines.add((report != null)
						? line(indicator, report, countyFigures.getOrDefault(report.getId(), Map.of()), all)
						: blank(indicator, all));
			}
		}
		return lines;
	}

	/**
	 * A date to show as an example of the as-of column: one inside the year of the newest
	 * plan the editor reports on (today if that is this year, else the year's last day),
	 * so that a row copied from the example is accepted.
	 */
	@Transactional(readOnly = true)
	public LocalDate exampleDate(StaffMember editor, LocalDate today) {
		int year = this.desk.commitmentsLedBy(editor)
			.stream()
			.mapToInt((commitment) -> commitment.getPlan().getYear())
			.max()
			.orElse(today.getYear());
		return (year == today.getYear()) ? today : LocalDate.of(year, 12, 31);
	}

	private static ReportLine blank(Indicator indicator, List<County> all) {
		return new ReportLine(year(indicator), number(indicator), String.valueOf(indicator.getPosition()),
				indicator.getName().zh(), unit(indicator), "", "", "", "", "", "", "", "", "",
				all.stream().map((c) -> "").toList());
	}

	private static ReportLine line(Indicator indicator, ProgressReport report, Map<String, BigDecimal> byCounty,
			List<County> all) {
		Reading reading = report.reading();
		String value = (reading.figure() != null) ? plain(reading.figure().value()) : "";
		String lowerBound = (reading.figure() != null) ? yesNo(reading.figure().lowerBound()) : "";
		String taskDone = (reading.taskDone() != null) ? yesNo(reading.taskDone()) : "";
		String note = (report.getNote() != null && report.getNote().zh() != null) ? report.getNote().zh() : "";
		return new ReportLine(year(indicator), number(indicator), String.valueOf(indicator.getPosition()),
				indicator.getName().zh(), unit(indicator), value, lowerBound, "", taskDone,
				String.valueOf(report.getAsOf()), note, report.getEvidenceUrl(), report.getCorrectionReason(),
				report.getBreakdownNote(),
				all.stream()
					.map((c) -> byCounty.containsKey(c.getCode()) ? plain(byCounty.get(c.getCode())) : "")
					.toList());
	}

	private static String year(Indicator indicator) {
		return String.valueOf(indicator.getCommitment().getPlan().getYear());
	}

	private static String number(Indicator indicator) {
		return String.valueOf(indicator.getCommitment().getNumber());
	}

	private static String unit(Indicator indicator) {
		return (indicator.getUnit() != null && indicator.getUnit().zh() != null) ? indicator.getUnit().zh() : "";
	}

	private static String yesNo(boolean value) {
		return value ? SheetFormat.YES : SheetFormat.NO;
	}

}
