package org.minsheng.tracker.support;

import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database as the owner of its tables, who runs the migrations (SPRING_FLYWAY_USER on
 * PostgreSQL; the application's own user where one user does both, as on H2): for tests
 * that change what the application's role may not, e.g. tampering with the audit trail as
 * an owner or superuser could.
 */
@Component
public class DatabaseOwner {

	private final JdbcTemplate jdbc;

	private final boolean postgresql;

	DatabaseOwner(Environment environment, DataSource application) {
		String url = environment.getRequiredProperty("spring.datasource.url");
		String user = environment.getProperty("spring.flyway.user");
		this.postgresql = url.startsWith("jdbc:postgresql:");
		this.jdbc = new JdbcTemplate((user == null || user.isBlank()) ? application
				: new DriverManagerDataSource(url, user, environment.getProperty("spring.flyway.password", "")));
	}

	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/**
	 * Runs statements as the owner with the audit trail's append-only refusal lifted, as
	 * only an owner or a superuser can; the refusal is back afterwards.
	 */
	public void withoutAppendOnly(Consumer<JdbcTemplate> statements) {
		if (this.postgresql) {
			TransactionTemplate transaction = new TransactionTemplate(
					new DataSourceTransactionManager(this.jdbc.getDataSource()));
			transaction.executeWithoutResult((status) -> {
				this.jdbc.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
				statements.accept(this.jdbc);
				this.jdbc.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
			});
			return;
		}
		this.jdbc.execute("DROP TRIGGER audit_event_no_update");
		this.jdbc.execute("DROP TRIGGER audit_event_no_delete");
		try {
			statements.accept(this.jdbc);
		}
		finally {
			this.jdbc.execute("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
					+ "FOR EACH ROW CALL 'org.minsheng.tracker.audit.H2AppendOnlyTrigger'");
			this.jdbc.execute("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
					+ "FOR EACH ROW CALL 'org.minsheng.tracker.audit.H2AppendOnlyTrigger'");
		}
	}

}
