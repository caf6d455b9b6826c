package org.minsheng.tracker.report;

import static org.minsheng.tracker.system.PortalFormat.plain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.minsheng.tracker.dashboard.CommitmentView;
import org.minsheng.tracker.dashboard.CountyAmount;
import org.minsheng.tracker.dashboard.IndicatorView;
import org.minsheng.tracker.dashboard.PlanBoard;
import org.minsheng.tracker.dashboard.PlanBoardService;
import org.minsheng.tracker.dashboard.SourceView;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.Reading;
import org.minsheng.tracker.progress.StaffSource;
import org.minsheng.tracker.system.ClockConfiguration;
import org.minsheng.tracker.spreadsheet.TableWriter;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's public figures as tables (a header row, then data rows), written row by row to
 * a {@link TableWriter}: one row per indicator, one per approved report (read from a
 * database cursor, so a year of a million reports streams), one per county figure. Values
 * are plain (46, not 46部) so a spreadsheet can compute with them; labels are in the
 * visitor's language.
 */
@Component
class ExportTables {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final PlanBoardService boards;

	private final ApprovedReports reports;

	private final MessageSource messages;

	private final PlanCatalog plans;

	ExportTables(PlanBoardService boards, ApprovedReports reports, MessageSource messages, PlanCatalog plans) {
		this.plans = plans;
		this.boards = boards;
		this.reports = reports;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	void indicators(int year, AsOf asOf, Locale locale, TableWriter writer) {
		PlanBoard board = this.boards.figures(year, asOf);
		writer.sheet(sheetName("indicators", locale),
				header(locale, "year", "commitmentNumber", "commitmentTitle", "area",
						(asOf.day() != null) ? "leadDepartmentToday" : "leadDepartment", "indicatorPosition",
						"indicatorName", "unit", "kind", "target", "value", "lowerBound", "taskDone", "asOf",
						"approvedAt", "status", "rate", "rateIsLowerBound", "source", "sourceQuote", "reportedBy",
						"reviewedAt", "evidenceUrl"));
		for (CommitmentView commitment : board.commitments()) {
			for (IndicatorView indicator : commitment.indicators()) {
				Reading reading = indicator.progress().reading();
				SourceView source = (indicator.source() != null) ? indicator.source() : commitment.source();
				writer.row(List.of(str(year), str(commitment.number()), text(commitment.title(), locale),
						label("area." + commitment.area().name(), locale), text(commitment.leadDepartment(), locale),
						str(indicator.position()), text(indicator.name(), locale), text(indicator.unit(), locale),
						label("kind." + indicator.kind().name(), locale), plain(indicator.target()),
						plain(indicator.value()),
						indicator.hasFigure() ? yesNo(indicator.valueIsLowerBound(), locale) : "",
						(reading != null && reading.taskDone() != null) ? yesNo(reading.taskDone(), locale) : "",
						(reading != null) ? str(reading.asOf()) : "",
						(reading != null) ? moment(reading.approvedAt()) : "",
						label(indicator.progress().status().messageKey(), locale),
						plain(indicator.progress().shown().value()),
						indicator.progress().shown().isKnown() ? yesNo(indicator.progress().shown().moreThan(), locale)
								: "",
						(source != null) ? text(source.title(), locale) : "", nullToEmpty(indicator.sourceQuote()),
						reportedBy(indicator.staffSource(), locale), reviewedAt(indicator.staffSource()),
						evidence(indicator.staffSource())));
			}
		}
	}

	@Transactional(readOnly = true)
	void reports(int year, AsOf asOf, Locale locale, TableWriter writer) {
		requirePublished(year);
		writer.sheet(sheetName("reports", locale),
				header(locale, "year", "commitmentNumber", "commitmentTitle", "indicatorPosition", "indicatorName",
						"unit", "value", "lowerBound", "taskDone", "asOf", "approvedAt", "note", "correctionReason",
						"source", "sourceQuote", "reportedBy", "reviewedAt", "evidenceUrl"));
		this.reports.forEachOfPlan(year, asOf, (report) -> {
			Reading reading = report.reading();
			var indicator = report.getIndicator();
			var commitment = indicator.getCommitment();
			writer.row(List.of(str(year), str(commitment.getNumber()), text(commitment.getTitle(), locale),
					str(indicator.getPosition()), text(indicator.getName(), locale), text(indicator.getUnit(), locale),
					(reading.figure() != null) ? plain(reading.figure().value()) : "",
					(reading.figure() != null) ? yesNo(reading.figure().lowerBound(), locale) : "",
					(reading.taskDone() != null) ? yesNo(reading.taskDone(), locale) : "", str(reading.asOf()),
					moment(reading.approvedAt()), text(report.getNote(), locale),
					nullToEmpty(report.getCorrectionReason()),
					(report.getSourceDocument() != null) ? text(report.getSourceDocument().getTitle(), locale) : "",
					nullToEmpty(report.getSourceQuote()), reportedBy(StaffSource.of(report), locale),
					reviewedAt(StaffSource.of(report)), evidence(StaffSource.of(report))));
		});
	}

	@Transactional(readOnly = true)
	void counties(int year, AsOf asOf, Locale locale, TableWriter writer) {
		PlanBoard board = this.boards.figures(year, asOf);
		writer.sheet(sheetName("counties", locale), header(locale, "year", "commitmentNumber", "commitmentTitle",
				"indicatorPosition", "indicatorName", "unit", "county", "countyCode", "value", "asOf"));
		for (CommitmentView commitment : board.commitments()) {
			for (IndicatorView indicator : commitment.indicators()) {
				for (CountyAmount amount : indicator.counties()) {
					writer.row(List.of(str(year), str(commitment.number()), text(commitment.title(), locale),
							str(indicator.position()), text(indicator.name(), locale), text(indicator.unit(), locale),
							text(amount.county().name(), locale), amount.county().code(), plain(amount.figure()),
							str(indicator.progress().reading().asOf())));
				}
			}
		}
	}

	/** Refuses a year without a published plan before anything is written. */
	@Transactional(readOnly = true)
	void requirePublished(int year) {
		if (this.plans.publishedPlan(year).isEmpty()) {
			throw new NotFoundException("notFound.plan", year);
		}
	}

	private String reportedBy(StaffSource source, Locale locale) {
		return (source != null && source.department() != null) ? text(source.department(), locale) : "";
	}

	private static String reviewedAt(StaffSource source) {
		return (source != null) ? moment(source.reviewedAt()) : "";
	}

	private static String evidence(StaffSource source) {
		return (source != null && source.evidenceUrl() != null) ? source.evidenceUrl() : "";
	}

	String sheetName(String key, Locale locale) {
		return label("export.sheet." + key, locale);
	}

	private List<String> header(Locale locale, String... keys) {
		return java.util.Arrays.stream(keys).map((key) -> label("export.column." + key, locale)).toList();
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private String yesNo(boolean yes, Locale locale) {
		return label(yes ? "export.yes" : "export.no", locale);
	}

	private static String text(LocalizedText text, Locale locale) {
		return (text != null) ? nullToEmpty(text.in(locale)) : "";
	}

	private static String str(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static String moment(Instant instant) {
		return (instant != null) ? MOMENT.format(instant.atZone(ClockConfiguration.CITY_ZONE)) : "";
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	static String fileDay(AsOf asOf) {
		LocalDate day = (asOf.day() != null) ? asOf.day() : asOf.today();
		return day.toString();
	}

}
