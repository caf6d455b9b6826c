package org.minsheng.tracker.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application over real HTTP on the day of {@link CityClockOnDecember3}, with
 * the 2025 plan reporting monthly from October 2025 (restored to its seeded December
 * after each test), emails sent every 0.2 s to an SMTP server on port {@link #SMTP_PORT}
 * (GreenMail in the tests that read them). Every test of this kind shares this one
 * context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=" + CalendarIntegrationTest.SMTP_PORT,
				"portal.mail.send-every=PT0.2S", "portal.mail.site-url=https://minsheng.example" })
@Import(CityClockOnDecember3.class)
public abstract class CalendarIntegrationTest {

	/** GreenMail's SMTP test port. */
	public static final int SMTP_PORT = 3025;

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected StaffFixtures staff;

	@Autowired
	private PublicRevision revision;

	@BeforeEach
	void reportingFromOctober() {
		setFirstPeriod("2025-10-01");
	}

	@AfterEach
	void reportingFromDecemberAgain() {
		this.staff.removeTestAccounts();
		this.jdbc.update("DELETE FROM follower");
		this.jdbc.update("DELETE FROM mail_outbox");
		setFirstPeriod("2025-12-01");
	}

	private void setFirstPeriod(String day) {
		this.jdbc.update("UPDATE reporting_cycle SET first_period_start = ? "
				+ "WHERE plan_id = (SELECT id FROM plan WHERE plan_year = 2025)", java.sql.Date.valueOf(day));
		this.revision.bump();
	}

	protected StaffClient client() {
		return new StaffClient(this.port);
	}

}
