package org.minsheng.tracker.audit;

import java.time.Instant;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database with audit events recorded before the hash chain (migrations up to V30): V31
 * links them in id order, the head follows them, the next event links on, and the
 * append-only refusal is back. Its own embedded database.
 */
class AuditChainMigrationTest {

	@Test
	void eventsRecordedBeforeTheChainAreChainedByTheMigration() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:chain-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
						+ "DB_CLOSE_DELAY=-1",
				"sa", "");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		flyway(database, "30").migrate();
		Instant at = Instant.parse("2025-06-01T08:30:00.123456Z");
		jdbc.update("INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, after_state) "
				+ "VALUES (?, 'admin', 'ADMIN_CHANGE', 'department', 3, '民政局')", java.sql.Timestamp.from(at));
		jdbc.update(
				"INSERT INTO audit_event (occurred_at, actor, action, subject_type, remote_address) "
						+ "VALUES (?, 'editor', 'SIGN_IN', 'app_user', '127.0.0.1')",
				java.sql.Timestamp.from(at.plusSeconds(60)));
		jdbc.update("INSERT INTO audit_event (occurred_at, actor, action, detail) VALUES (?, 'editor', 'SIGN_OUT', ?)",
				java.sql.Timestamp.from(at.plusSeconds(120)), "line one\nline two");

		flyway(database, "latest").migrate();

		assertThat(jdbc.queryForList("SELECT chain_position FROM audit_event ORDER BY id", Long.class))
			.containsExactly(1L, 2L, 3L);
		ChainReport report = AuditChainCheck.verify(jdbc);
		assertThat(report.isIntact()).as("%s", report).isTrue();
		assertThat(report.rows()).isEqualTo(3);
		assertThat(jdbc.queryForObject("SELECT last_hash FROM audit_chain", String.class)).isEqualTo(
				jdbc.queryForObject("SELECT chain_hash FROM audit_event WHERE chain_position = 3", String.class));
		assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor = 'someone-else'"))
			.as("the append-only refusal is back")
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc
			.update("INSERT INTO audit_event (occurred_at, actor, action) VALUES (CURRENT_TIMESTAMP, 'x', 'SIGN_IN')"))
			.as("every event is chained from now on (V32)")
			.isInstanceOf(DataAccessException.class);
		jdbc.execute("SHUTDOWN");
	}

	private static Flyway flyway(DriverManagerDataSource database, String target) {
		return Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.javaMigrations(new ChainExistingAuditEvents())
			.target(target)
			.load();
	}

}
