package org.minsheng.tracker.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start with {@code portal.migrations.on-start=false} (the instances of
 * docker-compose.yml, whose migrations a job runs first) does not migrate, starts on a
 * schema that has every migration, and refuses one that lacks some with a message naming
 * the versions, changing nothing. Every other start of the suite migrates through the
 * same strategy.
 */
class MigrationsOnStartIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private Flyway flyway;

	private final MigrationsOnStart withoutMigrating = new MigrationsOnStart(false);

	@Test
	void aStartThatDoesNotMigrateStartsOnTheMigratedSchema() {
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThatNoException().isThrownBy(() -> this.withoutMigrating.migrate(this.flyway));
	}

	@Test
	void aStartThatDoesNotMigrateRefusesAnEmptySchemaAndLeavesItEmpty() throws SQLException {
		DataSource empty = new DriverManagerDataSource(
				"jdbc:h2:mem:not-migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		Flyway onEmpty = Flyway.configure().configuration(this.flyway.getConfiguration()).dataSource(empty).load();
		int migrations = this.flyway.info().applied().length;

		assertThatThrownBy(() -> this.withoutMigrating.migrate(onEmpty)).isInstanceOf(UnsafeSettingException.class)
			.hasMessageContaining("The schema is at version none and lacks " + migrations + " migration(s)")
			.hasMessageContaining("up to " + this.flyway.info().current().getVersion())
			.hasMessageEndingWith("set PORTAL_MIGRATIONS_ON_START=true");
		try (Connection connection = empty.getConnection();
				ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] { "TABLE" })) {
			assertThat(tables.next()).as("no table was created").isFalse();
		}
	}

}
