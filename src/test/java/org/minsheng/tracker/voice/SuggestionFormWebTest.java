package org.minsheng.tracker.voice;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.VoiceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public suggestion form over real HTTP: validation that keeps what was typed, the
 * honeypot, the rate limit, duplicates, size limits, and private contact details.
 */
class SuggestionFormWebTest extends PortalIntegrationTest {

	@Autowired
	private VoiceFixtures voice;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeSubmissions() {
		this.voice.removeSubmittedSuggestions();
	}

	private HttpResponse<String> send(StaffClient visitor, Map<String, String> fields) {
		return visitor.submit(visitor.page("/suggestions"), "form.suggestion-form", fields);
	}

	@Test
	void aValidSuggestionWaitsForModerationAndIsNotPublicYet() {
		StaffClient visitor = new StaffClient(this.port);
		HttpResponse<String> response = send(visitor,
				Map.of("area", "SPORTS", "county", "taigu", "text", "希望太谷区多建几处篮球场。", "contact", "13812345678"));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.voice.count("body = ? AND state = 'PENDING' AND contact = '13812345678'", "希望太谷区多建几处篮球场。"))
			.isEqualTo(1);
		Document after = visitor.follow(response);
		assertThat(after.select(".notice").text()).contains("感谢您的建议");
		assertThat(visitor.page("/suggestions").select(".notice")).as("the thanks is shown once").isEmpty();
		assertThat(after.text()).doesNotContain("希望太谷区多建几处篮球场");
		assertThat(get("/suggestions/" + this.voice.idOf("希望太谷区多建几处篮球场。")).statusCode()).isEqualTo(404);
	}

	@Test
	void badInputIsExplainedFieldByFieldAndWhatWasTypedIsKept() {
		StaffClient visitor = new StaffClient(this.port);
		HttpResponse<String> response = send(visitor,
				Map.of("area", "", "county", "atlantis", "text", "多建公园", "contact", "call me maybe"));
		assertThat(response.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#area-error").text()).isEqualTo("请选择建议所属的领域。");
		assertThat(page.select("#county-error").text()).isEqualTo("请从列表中选择县(区、市)。");
		assertThat(page.select("#contact-error").text()).contains("手机号");
		assertThat(page.select("textarea#text").text()).isEqualTo("多建公园");
		assertThat(page.select("input#contact").val()).isEqualTo("call me maybe");

		HttpResponse<String> empty = send(visitor, Map.of("area", "ECOLOGY", "text", "   "));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(empty.body()).select("#text-error").text()).isEqualTo("请填写建议内容。");
		assertThat(this.voice.count("origin = 'PUBLIC'")).isZero();
	}

	@Test
	void oversizedTextIsRefusedWithTheLimitAndKept() {
		StaffClient visitor = new StaffClient(this.port);
		String tooLong = "公".repeat(501);
		HttpResponse<String> response = send(visitor, Map.of("area", "ECOLOGY", "text", tooLong));
		assertThat(response.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#text-error").text()).contains("500");
		assertThat(page.select("textarea#text").text()).isEqualTo(tooLong);
		HttpResponse<String> longContact = send(visitor,
				Map.of("area", "ECOLOGY", "text", "多建公园", "contact", "a".repeat(200) + "@example.com"));
		assertThat(longContact.statusCode()).isEqualTo(400);
		assertThat(this.voice.count("origin = 'PUBLIC'")).isZero();
		assertThat(send(visitor, Map.of("area", "ECOLOGY", "text", "公".repeat(500))).statusCode()).isEqualTo(302);
	}

	@Test
	void aFilledHoneypotLooksAcceptedButStoresNothing() {
		StaffClient bot = new StaffClient(this.port);
		HttpResponse<String> response = send(bot,
				Map.of("area", "ECOLOGY", "text", "cheap pills http://spam.example", "website", "http://spam.example"));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.voice.count("origin = 'PUBLIC'")).isZero();
		assertThat(bot.follow(response).select(".notice").text()).contains("感谢您的建议");
	}

	@Test
	void theSixthSubmissionWithinAnHourFromOneAddressIsRefusedAndKept() {
		StaffClient visitor = new StaffClient(this.port);
		for (int i = 1; i <= 5; i++) {
			assertThat(send(visitor, Map.of("area", "HOUSING", "text", "第" + i + "条：希望老旧小区加装电梯。")).statusCode())
				.isEqualTo(302);
		}
		HttpResponse<String> sixth = send(new StaffClient(this.port),
				Map.of("area", "HOUSING", "text", "第6条：希望老旧小区加装电梯。"));
		assertThat(sixth.statusCode()).isEqualTo(429);
		Document page = Jsoup.parse(sixth.body());
		assertThat(page.select(".notice.error").text()).contains("太频繁");
		assertThat(page.select("textarea#text").text()).isEqualTo("第6条：希望老旧小区加装电梯。");
		assertThat(this.voice.count("origin = 'PUBLIC'")).isEqualTo(5);
	}

	@Test
	void theSameTextAgainPointsToTheExistingSuggestion() {
		StaffClient visitor = new StaffClient(this.port);
		HttpResponse<String> pressDuplicate = send(visitor,
				Map.of("area", "EDUCATION", "text", "期待家门口就有好学校，好老师！让孩子就近上学，享受公平优质教育"));
		assertThat(pressDuplicate.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(pressDuplicate.body());
		assertThat(page.select(".notice.error").text()).contains("相同的建议");
		assertThat(page.select(".notice.error a").attr("href"))
			.endsWith("/suggestions/" + this.voice.idOf("期待家门口就有好学校、好老师，让孩子就近上学，享受公平优质教育。"));

		assertThat(send(visitor, Map.of("area", "SPORTS", "text", "多建 健身步道")).statusCode()).isEqualTo(302);
		HttpResponse<String> again = send(visitor, Map.of("area", "SPORTS", "text", "多建健身步道。"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(again.body()).select(".notice.error").text()).contains("审核中");
		assertThat(this.voice.count("origin = 'PUBLIC'")).isEqualTo(1);
	}

	@Test
	void postingWithoutTheCsrfTokenIsRefused() {
		StaffClient visitor = new StaffClient(this.port);
		assertThat(visitor.post("/suggestions", Map.of("area", "SPORTS", "text", "没有令牌")).statusCode()).isEqualTo(403);
		assertThat(this.voice.count("origin = 'PUBLIC'")).isZero();
	}

	@Test
	void aPastedTextOverTheLimitIsKeptWholeRefusedWithAMessageAndTheLimitIsShownBeforehand() {
		StaffClient visitor = new StaffClient(this.port);
		Document form = visitor.page("/suggestions");
		assertThat(form.selectFirst("textarea#text").hasAttr("maxlength")).as("a maxlength would cut a paste silently")
			.isFalse();
		assertThat(form.select("#text-hint").text()).contains("最多 500 字");
		assertThat(form.select("script[src$=char-count.js]")).hasSize(1);
		String pasted = "长".repeat(5000);
		HttpResponse<String> response = send(visitor, Map.of("area", "ECOLOGY", "text", pasted));
		assertThat(response.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#text-error").text()).contains("500");
		assertThat(page.select("textarea#text").text()).hasSize(5000);
		assertThat(this.voice.count("origin = 'PUBLIC'")).isZero();
	}

	@Test
	void textsWithoutVisibleWordsAreRefusedWithTheirReason() {
		StaffClient visitor = new StaffClient(this.port);
		HttpResponse<String> override = send(visitor, Map.of("area", "ECOLOGY", "text", "\u202E\u202E\u200B"));
		assertThat(override.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(override.body()).select("#text-error").text()).contains("不可见");
		HttpResponse<String> emoji = send(visitor, Map.of("area", "ECOLOGY", "text", "😀😀👍"));
		assertThat(emoji.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(emoji.body()).select("#text-error").text()).contains("表情");
		HttpResponse<String> otherEmoji = send(visitor, Map.of("area", "SPORTS", "text", "🌳🌳"));
		assertThat(Jsoup.parse(otherEmoji.body()).select("#text-error").text()).contains("表情").doesNotContain("相同");
		assertThat(this.voice.count("origin = 'PUBLIC'")).isZero();
	}

	@Test
	void aFullWidthCopyOrTheSameTextUnderAnotherAreaIsADuplicate() {
		StaffClient visitor = new StaffClient(this.port);
		assertThat(send(visitor, Map.of("area", "SPORTS", "text", "希望建设ABC123号健身步道")).statusCode()).isEqualTo(302);
		HttpResponse<String> fullWidth = send(visitor, Map.of("area", "SPORTS", "text", "希望建设ＡＢＣ１２３号健身步道"));
		assertThat(fullWidth.statusCode()).isEqualTo(409);
		HttpResponse<String> otherArea = send(visitor, Map.of("area", "ECOLOGY", "text", "希望建设abc123号健身步道！"));
		assertThat(otherArea.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(otherArea.body()).select(".notice.error").text()).contains("审核中");
		assertThat(this.voice.count("origin = 'PUBLIC'")).isEqualTo(1);
	}

	@Test
	void aSuggestionSentThroughTheSiteIsLabelledAsSuchNotAsALetterAndItsPageHasOneHeading() {
		StaffClient visitor = new StaffClient(this.port);
		assertThat(send(visitor, Map.of("area", "SPORTS", "text", "希望多建几处乒乓球台。")).statusCode()).isEqualTo(302);
		Long id = this.voice.idOf("希望多建几处乒乓球台。");
		this.jdbc.update("UPDATE suggestion SET state = 'PUBLISHED' WHERE id = ?", id);
		Document page = page("/suggestions/" + id);
		assertThat(page.select(".origin").text()).isEqualTo("网上留言");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isNotBlank();
	}

}
