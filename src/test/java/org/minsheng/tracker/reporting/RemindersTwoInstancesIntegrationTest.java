package org.minsheng.tracker.reporting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minsheng.tracker.PortalApplication;
import org.minsheng.tracker.mail.MailOutbox;
import org.minsheng.tracker.mail.OutgoingMail;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.progress.ReportFilingService;
import org.minsheng.tracker.progress.ReportForm;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.CalendarIntegrationTest;
import org.minsheng.tracker.support.CityClockOnDecember3;
import org.minsheng.tracker.support.StaffFixtures;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the portal on one database, both running the scheduler every fraction
 * of a second on 3 December 2025: every reminder reaches the SMTP server (GreenMail)
 * exactly once — the housing bureau's editor is reminded of October's overdue report and
 * November's due one, the supervision office of a report waiting four working days — and
 * a burst of emails queued at once is sent once each although both instances send.
 */
class RemindersTwoInstancesIntegrationTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(CalendarIntegrationTest.SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	private static boolean shared;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		shared = url != null && url.startsWith("jdbc:postgresql:");
		List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + CalendarIntegrationTest.SMTP_PORT, "--portal.mail.send-every=PT0.1S",
				"--portal.reminders.every=PT0.2S", "--portal.mail.site-url=https://minsheng.example"));
		if (!shared) {
			arguments.addAll(List.of(
					"--spring.datasource.url=jdbc:h2:mem:reminders;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
							+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"--spring.datasource.username=sa", "--spring.datasource.password=", "--spring.flyway.user=sa",
					"--spring.flyway.password="));
		}
		first = start(arguments);
		second = start(arguments);
	}

	private static ConfigurableApplicationContext start(List<String> arguments) {
		return new SpringApplicationBuilder(PortalApplication.class, CityClockOnDecember3.class)
			.run(arguments.toArray(String[]::new));
	}

	@AfterAll
	static void stop() {
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		first.getBean(StaffFixtures.class).removeTestAccounts();
		jdbc.update("DELETE FROM mail_outbox");
		jdbc.update(
				"UPDATE reporting_cycle SET first_period_start = ? "
						+ "WHERE plan_id = (SELECT id FROM plan WHERE plan_year = 2025)",
				java.sql.Date.valueOf("2025-12-01"));
		first.close();
		second.close();
	}

	private static List<String> subjectsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((m) -> to(m).equals(address)).map((m) -> {
			try {
				return m.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).sorted().toList();
	}

	private static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int waiting(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL", Integer.class);
	}

	@Test
	void everyReminderAndEveryQueuedEmailIsSentExactlyOnce() {
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		StaffFixtures staff = first.getBean(StaffFixtures.class);
		// The state is built so that no partial state of it is owed a reminder of its
		// own.
		Department culture = staff.department("culture", "市文旅局");
		Long aed = staff.lead(2025, 3, culture);
		staff.user("culture-editor", culture, Role.EDITOR);
		ReportForm pending = new ReportForm();
		pending.setIndicatorId(aed);
		pending.setValue("102");
		pending.setAsOf("2025-11-30");
		Long pendingId = first.getBean(ReportFilingService.class)
			.file(pending.toFiling(), null, true, staff.member("culture-editor"))
			.reportId();
		assertThat(pendingId).as("the pending report was filed").isNotNull();
		jdbc.update("UPDATE progress_report SET submitted_at = ? WHERE id = ?",
				Timestamp.from(OffsetDateTime.parse("2025-11-27T16:00:00+08:00").toInstant()), pendingId);
		jdbc.update(
				"UPDATE reporting_cycle SET first_period_start = ? "
						+ "WHERE plan_id = (SELECT id FROM plan WHERE plan_year = 2025)",
				java.sql.Date.valueOf("2025-10-01"));
		first.getBean(PublicRevision.class).bump();
		staff.user("reviewer", Role.REVIEWER);
		jdbc.update("UPDATE app_user SET email = 'office@example.gov.cn' WHERE username = 'test-reviewer'");
		Department housing = staff.department("housing", "市住建局");
		staff.lead(2025, 4, housing);
		staff.user("editor", housing, Role.EDITOR);
		jdbc.update("UPDATE app_user SET email = 'housing.editor@example.gov.cn' WHERE username = 'test-editor'");

		await().atMost(Duration.ofSeconds(90))
			.until(() -> smtp.getReceivedMessages().length >= 3 && waiting(jdbc) == 0);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> smtp.getReceivedMessages().length == 3);
		List<String> editor = subjectsTo("housing.editor@example.gov.cn");
		assertThat(editor).hasSize(2);
		assertThat(editor).anyMatch((s) -> s.contains("2025-10") && s.contains("已逾期"));
		assertThat(editor).anyMatch((s) -> s.contains("2025-11") && s.contains("2025-12-05"));
		assertThat(subjectsTo("office@example.gov.cn")).singleElement()
			.satisfies((s) -> assertThat(s).contains("4 个工作日"));
		assertThat(jdbc.queryForList("SELECT attempts FROM mail_outbox", Integer.class)).as("each sent in one attempt")
			.containsOnly(1)
			.hasSize(3);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'reporting-reminders'", Integer.class))
			.isEqualTo(1);

		MailOutbox outbox = second.getBean(MailOutbox.class);
		for (int i = 1; i <= 60; i++) {
			outbox.enqueue(new OutgoingMail("burst:" + i, "burst@example.org", "Burst " + i, "Body " + i, null));
		}
		await().atMost(Duration.ofSeconds(90)).until(() -> waiting(jdbc) == 0);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> subjectsTo("burst@example.org").size() == 60);
		assertThat(subjectsTo("burst@example.org")).doesNotHaveDuplicates();
	}

}
