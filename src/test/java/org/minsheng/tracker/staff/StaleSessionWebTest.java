package org.minsheng.tracker.staff;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.minsheng.tracker.support.VoiceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session stays signed in while its account is disabled or deleted by other means than
 * the administrators' page (which ends sessions): every staff page then answers 403, the
 * access-denied page, never a 500, and nothing changes.
 */
class StaleSessionWebTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private VoiceFixtures voice;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeTestData() {
		this.voice.removeSubmittedSuggestions();
		this.staff.removeTestAccounts();
	}

	@Test
	void aModeratorDisabledMeanwhileGets403OnTheQueueAndOnADecisionAndNothingChanges() {
		this.staff.user("moderator", Role.REVIEWER);
		StaffClient visitor = new StaffClient(this.port);
		visitor.submit(visitor.page("/suggestions"), "form.suggestion-form",
				Map.of("area", "ECOLOGY", "text", "希望太谷区多建口袋公园，方便老人散步"));
		Long suggestion = this.voice.idOf("希望太谷区多建口袋公园，方便老人散步");
		StaffClient moderator = new StaffClient(this.port);
		moderator.signIn("test-moderator", StaffFixtures.PASSWORD);
		Document queue = moderator.page("/staff/moderation");
		assertThat(queue.select("[data-suggestion=" + suggestion + "]")).isNotEmpty();

		this.jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'test-moderator'");

		assertThat(moderator.get("/staff/moderation").statusCode()).isEqualTo(403);
		HttpResponse<String> publish = moderator.submit(queue, "[data-suggestion=" + suggestion + "] form.publish-form",
				Map.of());
		assertThat(publish.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("SELECT state FROM suggestion WHERE id = ?", String.class, suggestion))
			.isEqualTo("PENDING");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'SUGGESTION_PUBLISHED' AND subject_id = ?", Long.class,
				suggestion))
			.isZero();
	}

	@Test
	void anEditorDeletedMeanwhileGets403OnTheDeskAndOnFilingAndNothingIsStored() {
		Department housing = this.staff.department("housing", "市住建局");
		Long indicator = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		StaffClient editor = new StaffClient(this.port);
		editor.signIn("test-editor", StaffFixtures.PASSWORD);
		Document form = editor.page("/staff/reports/new?indicator=" + indicator);
		long reportsBefore = this.jdbc.queryForObject("SELECT COUNT(*) FROM progress_report", Long.class);

		this.jdbc.update("DELETE FROM app_user_role WHERE user_id = (SELECT id FROM app_user WHERE username = ?)",
				"test-editor");
		this.jdbc.update("DELETE FROM app_user_department WHERE user_id = (SELECT id FROM app_user WHERE username = ?)",
				"test-editor");
		this.jdbc.update("DELETE FROM app_user WHERE username = ?", "test-editor");

		assertThat(editor.get("/staff").statusCode()).isEqualTo(403);
		assertThat(editor.get("/staff/reports").statusCode()).isEqualTo(403);
		HttpResponse<String> filed = editor.submit(form, "form.report-form",
				Map.of("value", "50", "asOf", "2025-12-31", "action", "submit"));
		assertThat(filed.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM progress_report", Long.class))
			.isEqualTo(reportsBefore);
	}

}
