package org.minsheng.tracker.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start with {@code portal.migrations.on-start=false} (the instances of
 * docker-compose.yml, whose migrations a job runs first) does not migrate, starts on a
 * schema at its newest migration, and refuses one that is behind with a message naming
 * both versions, changing nothing. Every other start of the suite migrates through the
 * same strategy.
 */
class MigrationsOnStartIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private Flyway flyway;

	@Autowired
	private DataSource dataSource;

	private static MigrationsOnStart withoutMigrating(DataSource dataSource) {
		return new MigrationsOnStart(false,
				new StaticListableBeanFactory(Map.of("dataSource", dataSource)).getBeanProvider(DataSource.class));
	}

	private MigrationVersion current() {
		return this.flyway.info().current().getVersion();
	}

	@Test
	void theNewestMigrationTheJarHoldsIsTheOneFlywayApplied() {
		assertThat(MigrationsOnStart.newestMigration(this.flyway.getConfiguration())).isEqualTo(current());
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void aStartThatDoesNotMigrateStartsOnTheMigratedSchema() {
		// On PostgreSQL this reads the history as the application's role
		// (afterMigrate.sql).
		assertThatNoException().isThrownBy(() -> withoutMigrating(this.dataSource).migrate(this.flyway));
	}

	@Test
	void aStartThatDoesNotMigrateRefusesAnEmptySchemaAndLeavesItEmpty() throws SQLException {
		DataSource empty = new DriverManagerDataSource(
				"jdbc:h2:mem:not-migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		Flyway onEmpty = Flyway.configure().configuration(this.flyway.getConfiguration()).dataSource(empty).load();

		assertThatThrownBy(() -> withoutMigrating(empty).migrate(onEmpty)).isInstanceOf(UnsafeSettingException.class)
			.hasMessageContaining("The schema is at version none")
			.hasMessageContaining("newest migration is " + current())
			.hasMessageContaining("PORTAL_MIGRATIONS_ON_START");
		try (Connection connection = empty.getConnection();
				ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] { "TABLE" })) {
			assertThat(tables.next()).as("no table was created").isFalse();
		}
	}

}
