package org.minsheng.tracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Whether this start migrates the schema ({@code portal.migrations.on-start}). With
 * {@code true} (the default) Flyway runs the migrations that are due. In production they
 * run once per release, in a job of its own before the instances start
 * ({@code docker-compose.yml}'s {@code migrate} service), and the instances start with
 * {@code PORTAL_MIGRATIONS_ON_START=false}, without the owner's credentials: such a start
 * refuses a schema older than its migrations. It reads the newest applied version from
 * the schema history (one query, on the application's own connection, which may read it:
 * afterMigrate.sql) and compares it with the newest migration the jar holds, by name.
 * <p>
 * A setting of the portal rather than {@code spring.flyway.enabled}: under Spring AOT
 * (the Dockerfile's start) Flyway's beans were decided when the jar was built, and that
 * property is refused there ({@link AheadOfTimeStart}).
 */
@Component
class MigrationsOnStart implements FlywayMigrationStrategy {

	private static final Log logger = LogFactory.getLog(MigrationsOnStart.class);

	private final boolean onStart;

	private final ObjectProvider<DataSource> application;

	@Autowired
	MigrationsOnStart(PortalProperties settings, ObjectProvider<DataSource> application) {
		this(settings.migrations().onStart(), application);
	}

	MigrationsOnStart(boolean onStart, ObjectProvider<DataSource> application) {
		this.onStart = onStart;
		this.application = application;
	}

	@Override
	public void migrate(Flyway flyway) {
		if (this.onStart) {
			flyway.migrate();
			return;
		}
		Configuration configuration = flyway.getConfiguration();
		MigrationVersion expected = newestMigration(configuration);
		MigrationVersion applied = newestApplied(configuration);
		if (applied.isNewerThan(expected.getVersion()) || applied.equals(expected)) {
			logger.info("This start does not migrate (portal.migrations.on-start=false): the schema is at " + applied
					+ ", this start's newest migration is " + expected);
			return;
		}
		throw new UnsafeSettingException("PORTAL_MIGRATIONS_ON_START=true", "The schema is at version "
				+ (MigrationVersion.EMPTY.equals(applied) ? "none" : applied) + " but this start's newest migration is "
				+ expected
				+ ", and it does not migrate (portal.migrations.on-start=false): run the migration job first (docker-compose.yml's migrate "
				+ "service), or let this start migrate");
	}

	/**
	 * The newest version among the migrations in the configured locations, by file name.
	 */
	static MigrationVersion newestMigration(Configuration configuration) {
		List<MigrationVersion> versions = new ArrayList<>();
		Pattern name = Pattern.compile(Pattern.quote(configuration.getSqlMigrationPrefix()) + "([0-9][0-9._]*)"
				+ Pattern.quote(configuration.getSqlMigrationSeparator()) + ".*");
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver(
				MigrationsOnStart.class.getClassLoader());
		for (Location location : configuration.getLocations()) {
			if (!location.isClassPath()) {
				continue;
			}
			for (String suffix : configuration.getSqlMigrationSuffixes()) {
				for (Resource resource : resources(resources,
						"classpath*:" + location.getRootPath() + "/**/*" + suffix)) {
					Matcher matcher = name.matcher(Optional.ofNullable(resource.getFilename()).orElse(""));
					if (matcher.matches()) {
						versions.add(MigrationVersion.fromVersion(matcher.group(1)));
					}
				}
			}
		}
		Arrays.stream(configuration.getJavaMigrations())
			.map(JavaMigration::getVersion)
			.filter(version -> version != null)
			.forEach(versions::add);
		return versions.stream().max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
	}

	private static Resource[] resources(PathMatchingResourcePatternResolver resolver, String pattern) {
		try {
			return resolver.getResources(pattern);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The newest version the schema history records as applied, or EMPTY when the schema
	 * has no history (nothing migrated).
	 */
	private MigrationVersion newestApplied(Configuration configuration) {
		DataSource dataSource = this.application.getIfUnique(configuration::getDataSource);
		List<MigrationVersion> versions = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery(
					"SELECT version FROM " + configuration.getTable() + " WHERE success AND version IS NOT NULL")) {
				while (rows.next()) {
					versions.add(MigrationVersion.fromVersion(rows.getString(1)));
				}
			}
		}
		catch (SQLException ex) {
			logger.warn("Could not read the schema history " + configuration.getTable() + ": " + ex.getMessage());
			return MigrationVersion.EMPTY;
		}
		return versions.stream().max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
	}

}
