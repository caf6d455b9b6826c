package org.minsheng.tracker.voice;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.minsheng.tracker.support.VoiceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clearing cookies does not multiply one voice: one client address gives a suggestion at
 * most {@code portal.voice.supports-per-address} (10) supports, then is told why.
 */
class SupportCapWebTest extends PortalIntegrationTest {

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
	void theEleventhSupportFromOneAddressIsRefusedWithAMessageAndNotCounted() {
		StaffClient visitor = new StaffClient(this.port);
		visitor.submit(visitor.page("/suggestions"), "form.suggestion-form",
				Map.of("area", "SPORTS", "text", "希望在老城区多建几处健身广场。"));
		Long id = this.voice.idOf("希望在老城区多建几处健身广场。");
		this.staff.user("capper", Role.REVIEWER);
		StaffClient reviewer = new StaffClient(this.port);
		reviewer.signIn("test-capper", StaffFixtures.PASSWORD);
		reviewer.submit(reviewer.page("/staff/moderation"), "[data-suggestion=" + id + "] form.publish-form", Map.of());

		for (int person = 1; person <= 10; person++) {
			StaffClient fresh = new StaffClient(this.port);
			var next = fresh.submit(fresh.page("/suggestions/" + id), "form.support-form", Map.of());
			assertThat(fresh.follow(next).select(".notice").text()).as("person %d", person).contains("感谢您的支持");
		}
		StaffClient eleventh = new StaffClient(this.port);
		var refused = eleventh.submit(eleventh.page("/suggestions/" + id), "form.support-form", Map.of());
		assertThat(eleventh.follow(refused).select(".notice").text()).contains("来自您所在网络的支持过多");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM suggestion_support WHERE suggestion_id = ?",
				Long.class, id))
			.isEqualTo(10);
		assertThat(page("/suggestions/" + id).select(".facts .supporters").text()).isEqualTo("10");
	}

}
