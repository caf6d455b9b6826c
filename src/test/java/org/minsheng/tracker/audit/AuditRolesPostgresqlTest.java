package org.minsheng.tracker.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL with the two roles of docs/database-roles.md (as .ci/run sets them up):
 * connected as the application's role, every way to rewrite or remove audit events that
 * an owner or a superuser would have is refused, and the rows are unchanged. Tagged
 * {@code postgresql}: the Maven profile of that name runs it (on whenever
 * SPRING_DATASOURCE_URL is set).
 */
@Tag("postgresql")
class AuditRolesPostgresqlTest extends PortalIntegrationTest {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	@Autowired
	private Environment environment;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private AuditChainCheck chain;

	@AfterEach
	void removeAccounts() {
		this.staff.removeTestAccounts();
	}

	private Connection asApplication() throws SQLException {
		return DriverManager.getConnection(this.environment.getRequiredProperty("spring.datasource.url"),
				this.environment.getRequiredProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password", ""));
	}

	/**
	 * Runs one statement on a connection of its own; the SQL state it was refused with.
	 */
	private String attempt(String sql) throws SQLException {
		try (Connection connection = asApplication(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
			return "allowed";
		}
		catch (SQLException ex) {
			return ex.getSQLState() + " " + ex.getMessage();
		}
	}

	private List<Map<String, Object>> auditRows() {
		return this.jdbc.queryForList("SELECT * FROM audit_event ORDER BY id");
	}

	@Test
	void theApplicationsRoleCannotRewriteTheAuditTrail() throws SQLException {
		String url = this.environment.getRequiredProperty("spring.datasource.url");
		assertThat(url).as("this test needs PostgreSQL (SPRING_DATASOURCE_URL)").startsWith("jdbc:postgresql:");
		String app = this.environment.getRequiredProperty("spring.datasource.username");
		assertThat(this.environment.getProperty("spring.flyway.user"))
			.as("the migrations run as the owner (SPRING_FLYWAY_USER), not as the application's role")
			.isNotBlank()
			.isNotEqualTo(app);
		assertThat(this.jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(app);
		assertThat(
				this.jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
			.as("the application's role is no superuser")
			.isFalse();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tableowner = current_user",
				Long.class))
			.as("the application's role owns no table")
			.isZero();

		this.staff.user("witness", Role.ADMIN);
		new StaffClient(this.port).signIn("test-witness", "not the password");
		Long id = this.jdbc.queryForObject("SELECT MAX(id) FROM audit_event WHERE actor = 'test-witness'", Long.class);
		List<Map<String, Object>> before = auditRows();

		Map<String, String> routes = new LinkedHashMap<>();
		for (String sql : List.of("UPDATE audit_event SET actor = 'someone-else' WHERE id = " + id,
				"DELETE FROM audit_event WHERE id = " + id, "TRUNCATE audit_event", "TRUNCATE audit_event CASCADE",
				"INSERT INTO audit_event (id, occurred_at, actor, action, chain_position, chain_hash) "
						+ "SELECT id, occurred_at, 'x', action, chain_position, chain_hash FROM audit_event WHERE id = "
						+ id + " ON CONFLICT (id) DO UPDATE SET actor = 'someone-else'",
				"ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
				"ALTER TABLE audit_event DISABLE TRIGGER ALL", "DROP TRIGGER audit_event_append_only ON audit_event",
				"SET session_replication_role = replica",
				"SET ROLE " + this.environment.getProperty("spring.flyway.user"), "DROP TABLE audit_event",
				"DROP TABLE audit_event CASCADE", "ALTER TABLE audit_event RENAME TO audit_old",
				"ALTER TABLE audit_event ADD COLUMN note TEXT",
				"CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql "
						+ "AS $$ BEGIN RETURN NEW; END; $$",
				"CREATE TRIGGER audit_event_rewrite BEFORE INSERT ON audit_event FOR EACH ROW "
						+ "EXECUTE FUNCTION audit_event_refuse_change()",
				"CREATE TABLE audit_event_copy (id BIGINT)", "CREATE VIEW audit_view AS SELECT * FROM audit_event",
				"DELETE FROM audit_chain", "INSERT INTO audit_chain (id, position, last_hash) VALUES (2, 0, 'x')",
				"DELETE FROM flyway_schema_history", "UPDATE flyway_schema_history SET checksum = 0")) {
			routes.put(sql, attempt(sql));
		}
		assertThat(routes).allSatisfy((sql, outcome) -> assertThat(outcome).as(sql).startsWith(INSUFFICIENT_PRIVILEGE));

		assertThat(auditRows()).as("every audit row unchanged").isEqualTo(before);
		assertThat(this.jdbc.queryForObject("SELECT actor FROM audit_event WHERE id = ?", String.class, id))
			.isEqualTo("test-witness");
		assertThat(this.chain.verify().isIntact()).isTrue();
	}

	@Test
	void theApplicationsRoleMayDoItsWork() {
		for (String table : List.of("app_user", "progress_report", "spring_session", "spring_session_attributes",
				"event_publication", "suggestion")) {
			assertThat(this.jdbc.queryForObject(
					"SELECT has_table_privilege(current_user, ?, 'SELECT, INSERT, UPDATE, DELETE')", Boolean.class,
					table))
				.as(table)
				.isTrue();
		}
		Map<String, Boolean> audit = new LinkedHashMap<>();
		for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")) {
			audit.put(privilege, this.jdbc.queryForObject("SELECT has_table_privilege(current_user, 'audit_event', ?)",
					Boolean.class, privilege));
		}
		assertThat(audit).containsExactly(Map.entry("SELECT", true), Map.entry("INSERT", true),
				Map.entry("UPDATE", false), Map.entry("DELETE", false), Map.entry("TRUNCATE", false),
				Map.entry("REFERENCES", false), Map.entry("TRIGGER", false));
		Map<String, Boolean> history = new LinkedHashMap<>();
		for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")) {
			history.put(privilege, this.jdbc.queryForObject(
					"SELECT has_table_privilege(current_user, 'flyway_schema_history', ?)", Boolean.class, privilege));
		}
		assertThat(history).as("the schema history, read by an instance that does not migrate (MigrationsOnStart)")
			.containsExactly(Map.entry("SELECT", true), Map.entry("INSERT", false), Map.entry("UPDATE", false),
					Map.entry("DELETE", false), Map.entry("TRUNCATE", false));
		assertThat(this.jdbc.queryForObject("SELECT has_schema_privilege(current_user, current_schema(), 'CREATE')",
				Boolean.class))
			.isFalse();
	}

}
