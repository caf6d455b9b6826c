package org.minsheng.tracker.system;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the embedded database (H2, README command one and the tests that start on a database
 * of their own) the migrations run through the application's own connection pool, even
 * when {@code SPRING_FLYWAY_USER} names PostgreSQL's owner role (docs/database-roles.md):
 * the owner/application split is PostgreSQL's, and H2 loses an in-memory database's check
 * constraints when the separate connection Flyway would open is closed.
 */
@Component
class EmbeddedDatabaseMigrations implements FlywayConfigurationCustomizer {

	private final Environment environment;

	private final ObjectProvider<DataSource> dataSource;

	EmbeddedDatabaseMigrations(Environment environment, ObjectProvider<DataSource> dataSource) {
		this.environment = environment;
		this.dataSource = dataSource;
	}

	@Override
	public void customize(FluentConfiguration configuration) {
		String url = this.environment.getProperty("spring.datasource.url", "");
		DataSource application = this.dataSource.getIfUnique();
		if (url.startsWith("jdbc:h2:") && application != null) {
			configuration.dataSource(application);
		}
	}

}
