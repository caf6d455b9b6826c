package org.minsheng.tracker.cycle;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.AdoptedCommitment;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.PlanDrafting;
import org.minsheng.tracker.support.MutableClock;
import org.minsheng.tracker.system.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public notice's objection window on a clock the test moves: objections are taken
 * from the first day to the last (Beijing time) and refused after; the plan becomes final
 * only after the window and only with every objection answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:notice-window;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "spring.flyway.user=sa",
		"spring.flyway.password=" })
@Import(NoticeWindowIntegrationTest.FixedClock.class)
class NoticeWindowIntegrationTest {

	private static final int YEAR = 2093;

	@LocalServerPort
	private int port;

	@Autowired
	private MutableClock clock;

	@Autowired
	private PlanDrafting drafting;

	@Autowired
	private NoticeDesk notices;

	@Autowired
	private RemarkDesk remarks;

	@Autowired
	private JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2093-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}

	}

	private Document page(String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> object(String text) throws Exception {
		HttpResponse<String> form = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/suggestions")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = form.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.map((c) -> c.substring(0, c.indexOf(';')))
			.orElse("");
		org.jsoup.nodes.Element hidden = Jsoup.parse(form.body()).selectFirst("form.suggestion-form input[name=_csrf]");
		String token = (hidden != null) ? hidden.val() : "";
		String body = "_csrf=" + token + "&text=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)
				+ "&contact=13812345678";
		return this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/cycle/" + YEAR + "/notice/objections"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Long objection(String text) {
		return this.jdbc.queryForObject("SELECT id FROM resident_remark WHERE body = ?", Long.class, text);
	}

	private long version(Long id) {
		return this.jdbc.queryForObject("SELECT version FROM resident_remark WHERE id = ?", Long.class, id);
	}

	@Test
	void objectionsDuringTheWindowAndTheFinalPlanAfterIt() throws Exception {
		this.drafting.adopt(YEAR, new LocalizedText("测试公示计划", null),
				List.of(new AdoptedCommitment(new LocalizedText("测试实事", null), Area.HEALTH, null,
						List.of(new AdoptedCommitment.AdoptedIndicator(new LocalizedText("测试指标", null),
								IndicatorKind.COUNT, new LocalizedText("个", "items"), java.math.BigDecimal.TEN)))),
				"test");
		PlanNotice notice = this.notices.open(YEAR, null, null, "督查室张三", "0354-1234567", "test");
		assertThat(notice.getClosesOn()).as("seven days by default, both ends included").hasToString("2093-03-07");

		Document open = page("/cycle/" + YEAR + "/notice");
		assertThat(open.select(".notice-contact").text()).contains("督查室张三").contains("0354-1234567");
		assertThat(open.select("form.objection-form")).hasSize(1);
		assertThat(object("建议增加农村学校").statusCode()).isEqualTo(302);
		assertThat(object("建议公布资金来源").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT contact FROM resident_remark WHERE body = ?", String.class,
				"建议增加农村学校"))
			.isEqualTo("13812345678");
		assertThat(page("/cycle/" + YEAR + "/notice").text()).doesNotContain("建议增加农村学校");

		assertThatThrownBy(() -> this.notices.finalise(YEAR, "test")).isInstanceOf(CycleException.class)
			.hasMessage("cycle.notice.error.stillOpen");
		Long first = objection("建议增加农村学校");
		this.remarks.answer(first, version(first), "已纳入第1件的选址", null, "test");
		Document answered = page("/cycle/" + YEAR + "/notice");
		assertThat(answered.select(".objection-answer").text()).contains("已纳入第1件的选址");
		assertThat(answered.text()).doesNotContain("13812345678").doesNotContain("138****5678");

		this.clock.set(Instant.parse("2093-03-07T15:59:00Z"));
		assertThat(page("/cycle/" + YEAR + "/notice").select("form.objection-form"))
			.as("the last day, 23:59 in Beijing, is still in the window")
			.hasSize(1);
		this.clock.set(Instant.parse("2093-03-07T16:00:00Z"));
		assertThat(page("/cycle/" + YEAR + "/notice").select("form.objection-form")).isEmpty();
		assertThat(object("窗口关闭后的异议").statusCode()).isEqualTo(409);
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM resident_remark WHERE body = ?", Long.class, "窗口关闭后的异议"))
			.isZero();

		assertThatThrownBy(() -> this.notices.finalise(YEAR, "test")).isInstanceOf(CycleException.class)
			.hasMessage("cycle.notice.error.unanswered");
		Long second = objection("建议公布资金来源");
		this.remarks.answer(second, version(second), "资金安排将随实施方案公布", null, "test");
		this.notices.finalise(YEAR, "test");
		assertThat(this.jdbc.queryForObject("SELECT status FROM plan WHERE plan_year = ?", String.class, YEAR))
			.isEqualTo("PUBLISHED");
		assertThat(page("/cycle/" + YEAR + "/notice").select(".notice-state").text()).contains("起计划生效");
		assertThat(page("/plans/" + YEAR + "/commitments/1").select(".timeline .step-notice.recorded")).hasSize(1);
	}

}
