package org.minsheng.tracker.system;

import java.util.Arrays;
import java.util.Set;

import org.springframework.core.env.Environment;

/**
 * The production start runs on bean definitions that Spring AOT generated when the jar
 * was built ({@code -Dspring.aot.enabled=true}, the Dockerfile's start; docs/startup.md),
 * without any profile. The profiles that add beans of their own
 * ({@link #PROFILES_WITH_BEANS}) would find none there, and show their banner without
 * their data: with them this start refuses to begin, before any database connection, with
 * one line naming the variable. They run from the plain jar
 * ({@code ./mvnw spring-boot:run}, README). Likewise {@code spring.flyway.enabled=false},
 * which would leave Flyway's beans in place and migrate anyway: this start refuses it and
 * names {@code PORTAL_MIGRATIONS_ON_START} ({@link MigrationsOnStart}), read at run time
 * like every other setting; {@code AheadOfTimeStartTest} checks that no class of the
 * portal is conditional on anything else.
 */
final class AheadOfTimeStart {

	/** The profiles under which the portal defines beans of its own. */
	static final Set<String> PROFILES_WITH_BEANS = Set.of("demo", "synthetic");

	private AheadOfTimeStart() {
	}

	/**
	 * Refuses the profiles with beans when the start runs on generated definitions
	 * ({@code generated}: Spring's {@code AotDetector.useGeneratedArtifacts()}).
	 */
	static void check(Environment environment, boolean generated) {
		if (!generated) {
			return;
		}
		Arrays.stream(environment.getActiveProfiles())
			.filter(PROFILES_WITH_BEANS::contains)
			.findFirst()
			.ifPresent((profile) -> {
				throw new UnsafeSettingException("SPRING_PROFILES_ACTIVE",
						"The ahead-of-time start (spring.aot.enabled) has no beans of the " + profile
								+ " profile: remove " + profile + ", or run the plain jar without spring.aot.enabled");
			});
		if (!environment.getProperty("spring.flyway.enabled", Boolean.class, true)) {
			throw new UnsafeSettingException("PORTAL_MIGRATIONS_ON_START=false",
					"The ahead-of-time start (spring.aot.enabled) cannot turn Flyway off with spring.flyway.enabled, "
							+ "whose beans were decided when the jar was built. Remove SPRING_FLYWAY_ENABLED; "
							+ "to start without migrating");
		}
	}

}
