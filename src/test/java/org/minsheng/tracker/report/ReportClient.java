package org.minsheng.tracker.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.OffsetDateTime;

import org.minsheng.tracker.progress.ReportFilingService;
import org.minsheng.tracker.progress.ReportForm;
import org.minsheng.tracker.progress.ReviewService;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Downloads files over HTTP and files approved reports at a chosen approval time, for the
 * reporters' tests.
 */
final class ReportClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	ReportClient(int port) {
		this.port = port;
	}

	HttpResponse<byte[]> download(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Files and approves a figure, then moves its approval to {@code cityTime}. */
	static Long approve(ReportFilingService filing, ReviewService reviews, JdbcTemplate jdbc, PublicRevision revision,
			Long indicatorId, String value, String note, String cityTime) {
		ReportForm form = new ReportForm();
		form.setIndicatorId(indicatorId);
		form.setValue(value);
		form.setAsOf("2025-12-31");
		form.setNote(note);
		form.setCorrectionReason("测试更正");
		Long id = filing.file(form, null, true, "test-editor").reportId();
		Long version = jdbc.queryForObject("SELECT version FROM progress_report WHERE id = ?", Long.class, id);
		reviews.approve(id, version, "test-reviewer");
		jdbc.update("UPDATE progress_report SET approved_at = ? WHERE id = ?",
				Timestamp.from(OffsetDateTime.parse(cityTime).toInstant()), id);
		revision.bump();
		return id;
	}

}
