package org.minsheng.tracker.system;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Whether this start migrates the schema ({@code portal.migrations.on-start}). With
 * {@code true} (the default) Flyway runs the migrations that are due. In production they
 * run once per release, in a job of its own before the instances start
 * ({@code docker-compose.yml}'s {@code migrate} service), and the instances start with
 * {@code PORTAL_MIGRATIONS_ON_START=false}, without the owner's credentials: such a start
 * asks Flyway which of its migrations the schema history lacks ({@code Flyway.info()},
 * read only; the application's role may read the history: afterMigrate.sql) and refuses a
 * schema that lacks any.
 * <p>
 * A setting of the portal rather than {@code spring.flyway.enabled}: under Spring AOT
 * (the Dockerfile's start) Flyway's beans were decided when the jar was built, and that
 * property is refused there ({@link AheadOfTimeStart}).
 */
@Component
class MigrationsOnStart implements FlywayMigrationStrategy {

	private static final Log logger = LogFactory.getLog(MigrationsOnStart.class);

	private static final String VARIABLE = "PORTAL_MIGRATIONS_ON_START=true";

	private final boolean onStart;

	@Autowired
	MigrationsOnStart(PortalProperties settings) {
		this(settings.migrations().onStart());
	}

	MigrationsOnStart(boolean onStart) {
		this.onStart = onStart;
	}

	@Override
	public void migrate(Flyway flyway) {
		if (this.onStart) {
			flyway.migrate();
			return;
		}
		MigrationInfoService info;
		try {
			info = flyway.info();
		}
		catch (FlywayException ex) {
			throw new UnsafeSettingException(VARIABLE,
					"This start does not migrate (portal.migrations.on-start=false) "
							+ "and could not read the schema history: " + ex.getMessage()
							+ ". Run the migration job first, or");
		}
		MigrationInfo current = info.current();
		String applied = (current != null) ? current.getVersion().toString() : "none";
		MigrationInfo[] pending = info.pending();
		if (pending.length == 0) {
			logger.info("This start does not migrate (portal.migrations.on-start=false): the schema is at " + applied
					+ ", with every migration of this start");
			return;
		}
		throw new UnsafeSettingException(VARIABLE,
				"The schema is at version " + applied + " and lacks " + pending.length + " migration(s) of this start, "
						+ "up to " + pending[pending.length - 1].getVersion()
						+ ", which does not migrate (portal.migrations.on-start=false): run the migration job first "
						+ "(docker-compose.yml's migrate service), or let this start migrate");
	}

}
