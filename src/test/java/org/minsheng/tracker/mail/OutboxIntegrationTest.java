package org.minsheng.tracker.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.SignInThrottles;
import org.minsheng.tracker.support.CalendarIntegrationTest;
import org.minsheng.tracker.support.CityClockOnDecember3;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox when the SMTP server does not answer (nothing listens on the test port
 * here): the email stays, its attempt is counted with the error and the next attempt
 * waits; the backlog shows in the metrics, on the administrators' outbox page (address
 * masked) and on their workspace home. A key queued twice is one email. Forgotten sign-in
 * throttles are cleaned up.
 */
class OutboxIntegrationTest extends CalendarIntegrationTest {

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private SignInThrottles throttles;

	@Test
	void anEmailThatCannotBeSentWaitsCountedAndShown() {
		assertThat(this.outbox.enqueue(new OutgoingMail("test:1", "someone@example.org", "主题", "正文", null))).isTrue();
		assertThat(this.outbox.enqueue(new OutgoingMail("test:1", "someone@example.org", "主题", "正文", null)))
			.as("the same key again")
			.isFalse();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("SELECT attempts FROM mail_outbox WHERE dedup_key = 'test:1'",
					Integer.class) > 0);
		assertThat(
				this.jdbc.queryForObject("SELECT last_error FROM mail_outbox WHERE dedup_key = 'test:1'", String.class))
			.isNotBlank();
		assertThat(this.jdbc
			.queryForObject("SELECT next_attempt_at FROM mail_outbox WHERE dedup_key = 'test:1'", OffsetDateTime.class)
			.toInstant()).as("the next attempt waits a minute").isEqualTo(CityClockOnDecember3.NOW.plusSeconds(60));
		assertThat(this.outbox.backlog().waiting()).isEqualTo(1);
		assertThat(this.meters.get("portal.outbox.backlog").gauge().value()).isEqualTo(1.0);

		this.staff.user("admin", Role.ADMIN);
		StaffClient admin = client();
		admin.signIn("test-admin", StaffFixtures.PASSWORD);
		Document page = admin.page("/staff/admin/outbox");
		assertThat(page.select("table.outbox td").eachText()).contains("s***@example.org", "主题");
		assertThat(page.text()).doesNotContain("someone@example.org");
		Document home = admin.page("/staff");
		assertThat(home.select(".tasks-administration a[href='/staff/admin/outbox']").text()).contains("1 封邮件等待发送");
		assertThat(home.select(".tasks-administration a[href='/staff/audit']")).hasSize(1);
	}

	@Test
	void forgottenSignInThrottlesAreDeleted() {
		this.jdbc.update(
				"INSERT INTO sign_in_throttle (kind, throttle_key, failures, last_failure_at) VALUES ('ACCOUNT', 'old-name', 3, ?)",
				Timestamp.from(CityClockOnDecember3.NOW.minus(Duration.ofDays(30))));
		this.jdbc.update(
				"INSERT INTO sign_in_throttle (kind, throttle_key, failures, last_failure_at) VALUES ('ACCOUNT', 'new-name', 3, ?)",
				Timestamp.from(CityClockOnDecember3.NOW.minusSeconds(60)));
		assertThat(this.throttles.forgetExpired()).isEqualTo(1);
		assertThat(this.jdbc.queryForList("SELECT throttle_key FROM sign_in_throttle", String.class))
			.containsExactly("new-name");
	}

}
