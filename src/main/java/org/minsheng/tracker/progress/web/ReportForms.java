package org.minsheng.tracker.progress.web;

import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.ReportForm;
import org.minsheng.tracker.progress.Reading;
import org.minsheng.tracker.system.PortalFormat;

/**
 * Fills a report form from a stored report, for editing.
 */
final class ReportForms {

	private ReportForms() {
	}

	static ReportForm of(ProgressReport report) {
		ReportForm form = new ReportForm();
		form.setIndicatorId(report.getIndicator().getId());
		Reading reading = report.reading();
		if (reading.figure() != null) {
			form.setValue(PortalFormat.plain(reading.figure().value()));
			form.setValueIsLowerBound(reading.figure().lowerBound());
		}
		form.setTaskDone(reading.taskDone());
		form.setAsOf(String.valueOf(report.getAsOf()));
		form.setNote((report.getNote() != null) ? report.getNote().zh() : null);
		form.setEvidenceUrl(report.getEvidenceUrl());
		form.setCorrectionReason(report.getCorrectionReason());
		form.setBreakdownNote(report.getBreakdownNote());
		report.getCountyFigures()
			.forEach((figure) -> form.getCounties()
				.put(figure.getCounty().getCode(), PortalFormat.plain(figure.getFigure())));
		form.setVersion(report.getVersion());
		return form;
	}

}
