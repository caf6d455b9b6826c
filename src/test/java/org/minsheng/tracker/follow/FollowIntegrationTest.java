package org.minsheng.tracker.follow;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.CalendarIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Following a commitment end to end over real HTTP and a real SMTP conversation
 * (GreenMail): sign up, confirm by the link, one email per approval with the figure, the
 * change, the source and a one-click unsubscribe, unsubscribe by the RFC 8058 POST, and
 * nothing sent after.
 */
class FollowIntegrationTest extends CalendarIntegrationTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(true);

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

	private static String token(String text) {
		Matcher matcher = TOKEN.matcher(text);
		assertThat(matcher.find()).as("a link with a token in %s", text).isTrue();
		return matcher.group(1);
	}

	private MimeMessage[] received(int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length >= count);
		MimeMessage[] messages = smtp.getReceivedMessages();
		assertThat(messages).hasSize(count);
		return messages;
	}

	private Long fileAndApprove(Long indicator, String value, String asOf) {
		StaffClient editor = client();
		editor.signIn("test-editor", StaffFixtures.PASSWORD);
		Document form = editor.page("/staff/reports/new?indicator=" + indicator);
		assertThat(editor.submit(form, "form.report-form", Map.of("value", value, "asOf", asOf, "action", "submit"))
			.statusCode()).isEqualTo(302);
		Long report = this.jdbc.queryForObject(
				"SELECT MAX(id) FROM progress_report WHERE indicator_id = ? AND filed_by IS NOT NULL", Long.class,
				indicator);
		StaffClient reviewer = client();
		reviewer.signIn("test-reviewer", StaffFixtures.PASSWORD);
		assertThat(reviewer.submit(reviewer.page("/staff/review"), "#report-" + report + " form.approve", Map.of())
			.statusCode()).isEqualTo(302);
		return report;
	}

	@Test
	void confirmNotifyUnsubscribeAndNothingAfter() throws Exception {
		this.jdbc.update("DELETE FROM rate_limit_bucket");
		Department housing = this.staff.department("housing", "市住建局");
		Long elevators = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);

		StaffClient resident = client();
		Document form = resident.page("/plans/2025/commitments/4");
		assertThat(form.select("a.follow-link, .follow-link a").attr("href")).isEqualTo("/follow/2025/4");
		HttpResponse<String> signUp = resident.submit(resident.page("/follow/2025/4"), "form.follow-form",
				Map.of("email", " Resident@Example.org "));
		assertThat(signUp.statusCode()).isEqualTo(302);
		assertThat(signUp.headers().firstValue("Location").orElseThrow()).endsWith("/follow/2025/4?sent");
		assertThat(resident.cookie("SESSION")).as("no server session for the public form").isNull();
		assertThat(resident.page("/follow/2025/4?sent").select(".notice").text()).contains("请查收确认邮件");

		MimeMessage confirmation = received(1)[0];
		assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo("resident@example.org");
		assertThat(confirmation.getSubject()).contains("既有住宅自愿加装电梯");
		String confirmToken = token((String) confirmation.getContent());
		assertThat(fileAndApproveWasNotified(elevators)).as("nothing is sent before the confirmation").isEqualTo(1);

		Document confirmPage = resident.page("/follow/confirm?token=" + confirmToken);
		HttpResponse<String> confirmed = resident.submit(confirmPage, "form.confirm-follow", Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("已确认");

		fileAndApprove(elevators, "48", "2025-12-02");
		MimeMessage notice = received(2)[1];
		assertThat(notice.getSubject()).contains("既有住宅自愿加装电梯").contains("既有住宅加装电梯");
		String body = (String) notice.getContent();
		assertThat(body).contains("48部")
			.contains("此前公布：46部")
			.contains("截至 2025-12-02")
			.contains("https://minsheng.example/plans/2025/commitments/4");
		String unsubscribe = notice.getHeader("List-Unsubscribe")[0];
		assertThat(unsubscribe).startsWith("<https://minsheng.example/follow/unsubscribe?token=").endsWith(">");
		assertThat(notice.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

		HttpResponse<String> oneClick = resident.sendAsIs(
				HttpRequest.newBuilder(URI.create(resident.base() + "/follow/unsubscribe?token=" + token(unsubscribe)))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
		assertThat(oneClick.statusCode()).as("one POST, no CSRF token").isEqualTo(200);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM follower", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'resident@example.org'",
				Integer.class))
			.as("the address is kept nowhere")
			.isZero();

		fileAndApprove(elevators, "49", "2025-12-03");
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> smtp.getReceivedMessages().length == 2);
		assertThat(resident.page("/follow/unsubscribe?token=" + token(unsubscribe)).select(".notice.error").text())
			.contains("已经取消关注");
	}

	/**
	 * Files and approves 47 elevators before the address is confirmed; returns how many
	 * emails GreenMail holds once the outbox is empty (only the confirmation).
	 */
	private int fileAndApproveWasNotified(Long elevators) {
		fileAndApprove(elevators, "47", "2025-12-01");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL",
					Integer.class) == 0);
		return smtp.getReceivedMessages().length;
	}

	@Test
	void aBadAddressIsExplainedAndKeptAndSignUpsAreLimitedPerClient() {
		this.jdbc.update("DELETE FROM rate_limit_bucket");
		StaffClient resident = client();
		HttpResponse<String> bad = resident.submit(resident.page("/follow/2025/4"), "form.follow-form",
				Map.of("email", "not-an-address"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("这不像一个电子邮箱地址").contains("value=\"not-an-address\"");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM follower", Integer.class)).isZero();

		int accepted = 0;
		int limited = 0;
		for (int i = 1; i <= 6; i++) {
			int status = resident
				.submit(resident.page("/follow/2025/4"), "form.follow-form", Map.of("email", "r" + i + "@example.org"))
				.statusCode();
			accepted += (status == 302) ? 1 : 0;
			limited += (status == 429) ? 1 : 0;
		}
		assertThat(accepted).as("five sign-ups an hour per client").isEqualTo(5);
		assertThat(limited).isEqualTo(1);
		assertThat(resident.get("/follow/2025/99").statusCode()).isEqualTo(404);
		assertThat(resident.get("/follow/confirm?token=nonsense").statusCode()).isEqualTo(404);
	}

}
