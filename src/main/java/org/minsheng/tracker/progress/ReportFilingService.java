package org.minsheng.tracker.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.county.County;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.Versions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors file figures for the commitments their departments lead: a draft first, then
 * submitted for review. Bad input changes nothing.
 */
@Service
public class ReportFilingService {

	private final PlanCatalog plans;

	private final ProgressReports reports;

	private final CountyDirectory counties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportFilingService(PlanCatalog plans, ProgressReports reports, CountyDirectory counties,
			ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.reports = reports;
		this.counties = counties;
		this.events = events;
		this.clock = clock;
	}

	/** The indicator an editor may report on, or 404 / 403. */
	@Transactional(readOnly = true)
	public Indicator indicatorFor(Long indicatorId, StaffMember editor) {
		Indicator indicator = loadIndicator(indicatorId);
		requireLeads(editor, indicator);
		return indicator;
	}

	/** A report an editor of the leading department may see, or 404 / 403. */
	@Transactional(readOnly = true)
	public ProgressReport reportFor(Long reportId, StaffMember editor) {
		ProgressReport report = this.reports.findWithIndicator(reportId)
			.orElseThrow(() -> new NotFoundException("notFound.report", reportId));
		requireLeads(editor, report.getIndicator());
		report.getCountyFigures().forEach((figure) -> figure.getCounty().getCode());
		return report;
	}

	@Transactional(readOnly = true)
	public Reading lastApproved(Long indicatorId) {
		return this.reports.findCurrentOfIndicator(indicatorId, AsOf.latest(this.clock).cutoff())
			.map(ProgressReport::reading)
			.orElse(null);
	}

	@Transactional
	public FilingResult file(ReportFiling form, Long existingReportId, boolean submit, StaffMember editor) {
		ProgressReport existing = null;
		Indicator indicator;
		if (existingReportId != null) {
			existing = this.reports.findWithIndicator(existingReportId)
				.orElseThrow(() -> new NotFoundException("notFound.report", existingReportId));
			indicator = existing.getIndicator();
			requireLeads(editor, indicator);
			Versions.require(form.version(), existing.getVersion(), ConflictException::new);
			if (!existing.isEditable()) {
				throw new ReviewException("review.error.notEditable");
			}
		}
		else {
			indicator = loadIndicator(form.indicatorId());
			requireLeads(editor, indicator);
		}
		List<County> allCounties = this.counties.all();
		ReportRules.Checked checked = ReportRules.check(form, indicator, indicator.getCommitment().getPlan().getYear(),
				LocalDate.now(this.clock), lastApproved(indicator.getId()), allCounties);
		if (!checked.isValid()) {
			return FilingResult.refused(checked.problems());
		}
		String before = (existing != null) ? existing.snapshot() : null;
		ProgressReport report = (existing != null) ? existing : newReport(indicator, checked);
		if (existing != null) {
			report.revise(checked.asOf(), checked.figure(), checked.taskDone());
		}
		report.fileAs(editor.id(), indicator.getCommitment().getLeadDepartment(), details(form));
		checked.counties().forEach(report::addCountyFigure);
		if (submit) {
			report.submit(this.clock.instant());
		}
		this.reports.saveAndFlush(report);
		this.events.publishEvent(new ReportFiled(report.getId(), submit, before, report.snapshot(), editor.username()));
		return FilingResult.saved(report.getId());
	}

	private ProgressReport newReport(Indicator indicator, ReportRules.Checked checked) {
		return (checked.figure() != null)
				? ProgressReport.draftFigure(indicator, checked.asOf(), checked.figure(), this.clock.instant())
				: ProgressReport.draftTaskState(indicator, checked.asOf(), checked.taskDone(), this.clock.instant());
	}

	private static FilingDetails details(ReportFiling form) {
		return new FilingDetails(
				(form.note() == null || form.note().isBlank()) ? null : new LocalizedText(form.note().strip(), null),
				blankToNull(form.correctionReason()), blankToNull(form.breakdownNote()),
				blankToNull(form.evidenceUrl()));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private Indicator loadIndicator(Long indicatorId) {
		if (indicatorId == null) {
			throw new NotFoundException("notFound.indicator", "");
		}
		return this.plans.indicator(indicatorId)
			.orElseThrow(() -> new NotFoundException("notFound.indicator", indicatorId));
	}

	private static void requireLeads(StaffMember editor, Indicator indicator) {
		if (!editor.belongsTo(indicator.getCommitment().getLeadDepartment())) {
			throw new AccessDeniedException("not a member of the lead department");
		}
	}

}
