package org.minsheng.tracker.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.minsheng.tracker.support.VoiceFixtures;
import org.minsheng.tracker.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor cannot do by sending odd requests: forge their address or the host links
 * point to with forwarded headers (no proxy is trusted by default), make the server keep
 * a session for an anonymous visit, or get a 500 with a NUL byte.
 */
class UntrustedInputWebTest extends PortalIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private VoiceFixtures voice;

	@Autowired
	private StaffFixtures staff;

	@AfterEach
	void removeTestData() {
		this.voice.removeSubmittedSuggestions();
		this.staff.removeTestAccounts();
	}

	private long sessions() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Long.class);
	}

	@Test
	void aForgedForwardedForDoesNotMultiplyOneClientsSuggestions() {
		int accepted = 0;
		for (int i = 1; i <= 7; i++) {
			StaffClient visitor = new StaffClient(this.port);
			var form = visitor.page("/suggestions");
			String token = form.selectFirst("form.suggestion-form input[name=_csrf]").val();
			HttpResponse<String> sent = send(HttpRequest.newBuilder(URI.create(url("/suggestions")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", "203.0.113." + i)
				.header("Cookie", "XSRF-TOKEN=" + visitor.cookie("XSRF-TOKEN"))
				.POST(HttpRequest.BodyPublishers.ofString(
						"_csrf=" + encode(token) + "&area=TRANSPORT&text=" + encode("希望第" + i + "路公交车晚上多开一小时。"))));
			if (sent.statusCode() == 302) {
				accepted++;
			}
		}
		assertThat(accepted).as("five an hour for one client, whatever it claims").isEqualTo(5);
	}

	@Test
	void aForgedForwardedHostDoesNotSteerRedirects() {
		HttpResponse<String> redirect = send(HttpRequest.newBuilder(URI.create(url("/staff")))
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "https")
			.GET());
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location").orElse("")).doesNotContain("evil.example")
			.doesNotStartWith("https:");
	}

	@Test
	void anonymousVisitsKeepNoSessionOnlySignedInStaffHaveOne() {
		Long suggestion = this.jdbc.queryForObject("SELECT MIN(id) FROM suggestion WHERE state = 'PUBLISHED'",
				Long.class);
		long before = sessions();
		for (String path : new String[] { "/suggestions", "/suggestions/" + suggestion, "/staff/login", "/plans/2025",
				"/plans/2025/commitments/3", "/stories" }) {
			StaffClient anonymous = new StaffClient(this.port);
			assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(200);
		}
		assertThat(sessions()).as("no session row for anonymous visits").isEqualTo(before);
		StaffClient resident = new StaffClient(this.port);
		HttpResponse<String> sent = resident.submit(resident.page("/suggestions"), "form.suggestion-form",
				Map.of("area", "SPORTS", "text", "希望在体育馆旁边多设几个自行车停放点。"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(resident.follow(sent).select(".notice").text()).contains("感谢您的建议");
		HttpResponse<String> supported = resident.submit(resident.page("/suggestions/" + suggestion),
				"form.support-form", Map.of());
		assertThat(supported.statusCode()).isEqualTo(302);
		assertThat(resident.follow(supported).select(".notice")).isNotEmpty();
		assertThat(sessions()).as("no session row for a resident's suggestion and support either").isEqualTo(before);

		this.staff.user("sessions", Role.REVIEWER);
		StaffClient reviewer = new StaffClient(this.port);
		reviewer.signIn("test-sessions", StaffFixtures.PASSWORD);
		assertThat(reviewer.get("/staff/review").statusCode()).isEqualTo(200);
		assertThat(sessions()).as("the signed-in reviewer has one").isEqualTo(before + 1);
	}

	@Test
	void aNulByteAnywhereIsA400ThatSaysWhyInTheVisitorsLanguage() {
		for (String path : new String[] { "/plans/2025?area=%00", "/plans/2025/commitments/3?asOf=2025-06-30%00",
				"/suggestions?county=yuci%00x", "/api/v1/reports/recent?limit=5%00" }) {
			HttpResponse<String> response = send(
					HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").GET());
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			if (!path.startsWith("/api/")) {
				assertThat(response.body()).as(path).contains("不允许的控制字符");
			}
		}
		HttpResponse<String> english = send(HttpRequest.newBuilder(URI.create(url("/plans/2025?county=a%00")))
			.header("Accept", "text/html")
			.header("Cookie", "lang=en")
			.GET());
		assertThat(english.body()).contains("control character");

		long before = this.jdbc.queryForObject("SELECT COUNT(*) FROM suggestion", Long.class);
		StaffClient visitor = new StaffClient(this.port);
		HttpResponse<String> sent = visitor.submit(visitor.page("/suggestions"), "form.suggestion-form",
				Map.of("area", "TRANSPORT", "text", "希望\u0000增加公交"));
		assertThat(sent.statusCode()).isEqualTo(400);
		assertThat(sent.body()).contains("不允许的控制字符");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM suggestion", Long.class)).isEqualTo(before);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
