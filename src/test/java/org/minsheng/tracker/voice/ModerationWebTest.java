package org.minsheng.tracker.voice;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The moderation queue: publish, reject with a reason, merge duplicates, one support per
 * person, the link to a commitment shown on both pages, escaped output and private
 * contact details.
 */
class ModerationWebTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private VoiceFixtures voice;

	@Autowired
	private JdbcTemplate jdbc;

	private StaffClient reviewer;

	@BeforeEach
	void signInAReviewer() {
		this.staff.user("moderator", Role.REVIEWER);
		this.reviewer = new StaffClient(this.port);
		this.reviewer.signIn("test-moderator", StaffFixtures.PASSWORD);
	}

	@AfterEach
	void removeTestData() {
		this.voice.removeSubmittedSuggestions();
		this.staff.removeTestAccounts();
	}

	private Long suggest(String area, String text, String contact) {
		StaffClient visitor = new StaffClient(this.port);
		Map<String, String> fields = (contact != null) ? Map.of("area", area, "text", text, "contact", contact)
				: Map.of("area", area, "text", text);
		assertThat(visitor.submit(visitor.page("/suggestions"), "form.suggestion-form", fields).statusCode())
			.isEqualTo(302);
		return this.voice.idOf(text);
	}

	private HttpResponse<String> decide(Long id, String formClass, Map<String, String> values) {
		Document queue = this.reviewer.page("/staff/moderation");
		return this.reviewer.submit(queue,
				"[data-suggestion=" + id + "] form." + formClass + ", tr[data-suggestion=" + id + "] form." + formClass,
				values);
	}

	private String state(Long id) {
		return this.jdbc.queryForObject("SELECT state FROM suggestion WHERE id = ?", String.class, id);
	}

	@Test
	void publishedSuggestionsArePublicWithScriptsEscapedAndContactsNeverShown() {
		String text = "<script>alert('x')</script>希望榆次区多建<b>口袋公园</b>";
		Long id = suggest("ECOLOGY", text, "13812345678");
		Document queue = this.reviewer.page("/staff/moderation");
		assertThat(queue.select("[data-suggestion=" + id + "] .contact").text()).isEqualTo("138****5678");
		assertThat(queue.html()).doesNotContain("13812345678");
		assertThat(queue.select("[data-suggestion=" + id + "] script")).isEmpty();

		assertThat(decide(id, "publish-form", Map.of()).statusCode()).isEqualTo(302);
		assertThat(state(id)).isEqualTo("PUBLISHED");
		HttpResponse<String> page = get("/suggestions/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("<script>alert")
			.contains("&lt;script&gt;")
			.doesNotContain("13812345678")
			.doesNotContain("138****5678");
		assertThat(get("/suggestions").body()).doesNotContain("<script>alert").doesNotContain("13812345678");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'SUGGESTION_PUBLISHED'",
				Long.class))
			.isPositive();
	}

	@Test
	void aRejectionNeedsAReasonAndStaysPrivate() {
		Long id = suggest("BUSINESS", "希望办证更快。", "alice@example.com");
		assertThat(this.reviewer.page("/staff/moderation").select("[data-suggestion=" + id + "] .contact").text())
			.isEqualTo("a***@example.com");
		decide(id, "reject-form", Map.of("reason", " "));
		assertThat(state(id)).isEqualTo("PENDING");
		assertThat(this.reviewer.page("/staff/moderation").select(".notice.error").text()).contains("须填写原因");
		decide(id, "reject-form", Map.of("reason", "含有广告"));
		assertThat(state(id)).isEqualTo("REJECTED");
		assertThat(get("/suggestions/" + id).statusCode()).isEqualTo(404);
		assertThat(this.reviewer.post("/staff/moderation/" + id + "/publish",
				Map.of("_csrf", this.reviewer.page("/staff/moderation").selectFirst("input[name=_csrf]").val(),
						"version", String.valueOf(this.jdbc
							.queryForObject("SELECT version FROM suggestion WHERE id = ?", Long.class, id)))))
			.extracting(HttpResponse::statusCode)
			.isEqualTo(302);
		assertThat(state(id)).as("a decided suggestion is not decided again").isEqualTo("REJECTED");
	}

	@Test
	void aDuplicateIsMergedIntoAPublishedOneAndCountsThere() {
		Long original = suggest("TRANSPORT", "希望增加到太原的班次。", null);
		decide(original, "publish-form", Map.of());
		Long duplicate = suggest("TRANSPORT", "希望多开几趟去太原的火车。", null);
		Long pending = suggest("TRANSPORT", "希望开通夜班公交。", null);
		decide(duplicate, "merge-form", Map.of("into", String.valueOf(pending)));
		assertThat(state(duplicate)).as("only into a published suggestion").isEqualTo("PENDING");
		decide(duplicate, "merge-form", Map.of("into", String.valueOf(original)));
		assertThat(state(duplicate)).isEqualTo("MERGED");
		HttpResponse<String> merged = get("/suggestions/" + duplicate);
		assertThat(merged.statusCode()).isEqualTo(302);
		assertThat(merged.headers().firstValue("Location").orElseThrow()).endsWith("/suggestions/" + original);
		assertThat(page("/suggestions/" + original).select(".facts .supporters").text()).isEqualTo("1");
	}

	@Test
	void onePersonSupportsASuggestionOnce() {
		Long id = suggest("SPORTS", "希望多建健身步道。", null);
		decide(id, "publish-form", Map.of());
		StaffClient person = new StaffClient(this.port);
		var first = person.submit(person.page("/suggestions/" + id), "form.support-form", Map.of());
		assertThat(person.cookie("ms_supporter")).isNotBlank();
		assertThat(person.follow(first).select(".notice").text()).contains("感谢您的支持");
		assertThat(new StaffClient(this.port).page("/suggestions/" + id + "?support=counted").select(".notice"))
			.as("a shared link thanks nobody who did not support")
			.isEmpty();
		Document again = person.follow(person.submit(person.page("/suggestions/" + id), "form.support-form", Map.of()));
		assertThat(again.select(".notice").text()).contains("已经支持过");
		assertThat(again.select(".facts .supporters").text()).isEqualTo("1");
		assertThat(again.select("form.support-form button").hasAttr("disabled")).isTrue();
		StaffClient another = new StaffClient(this.port);
		another.submit(another.page("/suggestions/" + id), "form.support-form", Map.of());
		assertThat(page("/suggestions/" + id).select(".facts .supporters").text()).isEqualTo("2");
		assertThat(this.jdbc.queryForList("SELECT supporter_hash FROM suggestion_support", String.class))
			.allSatisfy((hash) -> assertThat(hash).hasSize(64).doesNotContain(person.cookie("ms_supporter")));
		assertThat(this.jdbc.queryForList("SELECT address_hash FROM suggestion_support", String.class))
			.allSatisfy((hash) -> assertThat(hash).hasSize(64).doesNotContain("127.0.0.1"));
		assertThat(page("/suggestions").select("[data-suggestion=" + id + "] .supporters").text()).isEqualTo("2人支持");
	}

	@Test
	void aLinkedSuggestionShowsItsCommitmentWithProgressAndTheCommitmentListsIt() {
		Long id = suggest("ELDERLY_CARE", "希望社区多开老年食堂。", null);
		decide(id, "publish-form", Map.of());
		Long commitment = this.jdbc.queryForObject("SELECT c.id FROM commitment c JOIN plan p ON p.id = c.plan_id "
				+ "WHERE p.plan_year = 2025 AND c.number = 16", Long.class);
		assertThat(decide(id, "link-form", Map.of("commitment", String.valueOf(commitment))).statusCode())
			.isEqualTo(302);
		Document suggestion = page("/suggestions/" + id);
		assertThat(suggestion.select(".became-commitment h2").text()).isEqualTo("已成为2025年民生实事第16件");
		assertThat(suggestion.select(".became-commitment a").attr("href")).endsWith("/plans/2025/commitments/16");
		assertThat(suggestion.select(".became-commitment .progress")).hasSize(1);
		assertThat(suggestion.select(".became-commitment .status").text()).isNotBlank();
		Document commitmentPage = page("/plans/2025/commitments/16");
		assertThat(commitmentPage.select(".suggestions-behind li").text()).contains("希望社区多开老年食堂。");
		assertThat(commitmentPage.select(".suggestions-behind a").attr("href")).endsWith("/suggestions/" + id);
		assertThat(page("/plans/2025/commitments/15").select(".suggestions-behind").text()).contains("暂无关联");
	}

	@Test
	void aDecisionWithoutTheVersionShownOrOnAnOlderOneIsRefusedAndChangesNothing() {
		Long id = suggest("HEALTH", "希望社区医院周末也开门。", null);
		String csrf = this.reviewer.page("/staff/moderation").selectFirst("input[name=_csrf]").val();
		assertThat(this.reviewer.post("/staff/moderation/" + id + "/publish", Map.of("_csrf", csrf)).statusCode())
			.isEqualTo(302);
		assertThat(state(id)).as("no version: not published").isEqualTo("PENDING");
		assertThat(this.reviewer.page("/staff/moderation").select(".notice.error").text()).contains("已被他人处理");
		decide(id, "publish-form", Map.of());
		assertThat(state(id)).isEqualTo("PUBLISHED");
		Long commitment = this.jdbc.queryForObject("SELECT c.id FROM commitment c JOIN plan p ON p.id = c.plan_id "
				+ "WHERE p.plan_year = 2025 AND c.number = 2", Long.class);
		Map<String, String> stale = Map.of("_csrf", csrf, "commitment", String.valueOf(commitment), "version", String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM suggestion WHERE id = ?", Long.class, id) - 1));
		assertThat(this.reviewer.post("/staff/moderation/" + id + "/link", stale).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT commitment_id FROM suggestion WHERE id = ?", Long.class, id))
			.as("a link on an older version is refused")
			.isNull();
		assertThat(this.reviewer
			.post("/staff/moderation/" + id + "/link", Map.of("_csrf", csrf, "commitment", String.valueOf(commitment)))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT commitment_id FROM suggestion WHERE id = ?", Long.class, id))
			.as("a link without a version is refused")
			.isNull();
		assertThat(decide(id, "link-form", Map.of("commitment", String.valueOf(commitment))).statusCode())
			.isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT commitment_id FROM suggestion WHERE id = ?", Long.class, id))
			.isEqualTo(commitment);
	}

}
