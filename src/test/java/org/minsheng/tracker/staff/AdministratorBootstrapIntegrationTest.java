package org.minsheng.tracker.staff;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start with {@code PORTAL_ADMIN_USERNAME} and {@code PORTAL_ADMIN_PASSWORD} set
 * (bound to {@code portal.admin.*}) creates exactly that administrator, audited, and the
 * password signs in. Its own empty embedded database, so that no account exists yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:bootstrap;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "spring.flyway.user=sa",
		"spring.flyway.password=", "portal.admin.username=  Chief.Officer ",
		"portal.admin.password=a long passphrase from the environment" })
class AdministratorBootstrapIntegrationTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theAdministratorFromTheEnvironmentIsCreatedOnceAndSignsIn() {
		assertThat(this.jdbc.queryForList("SELECT username FROM app_user", String.class))
			.containsExactly("chief.officer");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_CREATED' AND detail LIKE '%PORTAL_ADMIN_PASSWORD%'",
				Long.class))
			.isEqualTo(1);
		StaffClient admin = new StaffClient(this.port);
		HttpResponse<String> signIn = admin.signIn("chief.officer", "a long passphrase from the environment");
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(admin.page("/staff/admin/users").select("h1").text()).isNotBlank();
		StaffClient intruder = new StaffClient(this.port);
		assertThat(intruder.signIn("chief.officer", "admin").headers().firstValue("Location").orElseThrow())
			.contains("error");
	}

}
