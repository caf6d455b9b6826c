package org.minsheng.tracker.system;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code prod} profile refuses unsafe defaults; without it the zero-setup defaults
 * stay allowed.
 */
class ProductionSettingsTest {

	private static final String POSTGRES = "jdbc:postgresql://db:5432/minsheng";

	private static final String SALT = "a-long-random-salt-for-production";

	private static MockEnvironment environment(String url, String salt, String... profiles) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profiles);
		environment.setProperty("spring.datasource.url", url);
		environment.setProperty("portal.voice.hash-salt", salt);
		return environment;
	}

	@Test
	void withoutTheProfileTheEmbeddedDatabaseAndTheDevelopmentSaltAreAllowed() {
		assertThatCode(() -> ProductionSettings
			.check(environment("jdbc:h2:mem:minsheng;MODE=PostgreSQL", PortalProperties.DEVELOPMENT_SALT)))
			.doesNotThrowAnyException();
	}

	@Test
	void prodRefusesAnEmbeddedOrInMemoryDatabaseNamingTheVariable() {
		for (String url : new String[] { "jdbc:h2:mem:minsheng", "jdbc:h2:file:./data/minsheng", "jdbc:hsqldb:mem:x",
				"" }) {
			assertThatThrownBy(() -> ProductionSettings.check(environment(url, SALT, "prod")))
				.isInstanceOf(UnsafeSettingException.class)
				.hasMessageContaining("set SPRING_DATASOURCE_URL");
		}
	}

	@Test
	void prodRefusesTheDevelopmentOrAShortSalt() {
		assertThatThrownBy(
				() -> ProductionSettings.check(environment(POSTGRES, PortalProperties.DEVELOPMENT_SALT, "prod")))
			.isInstanceOf(UnsafeSettingException.class)
			.hasMessage("The prod profile refuses the development hash salt: set PORTAL_VOICE_HASH_SALT");
		assertThatThrownBy(() -> ProductionSettings.check(environment(POSTGRES, "short", "prod")))
			.hasMessageContaining("set PORTAL_VOICE_HASH_SALT");
	}

	@Test
	void prodStartsWithPostgresqlAndARealSalt() {
		assertThatCode(() -> ProductionSettings.check(environment(POSTGRES, SALT, "prod"))).doesNotThrowAnyException();
	}

	@Test
	void theStartUpReportIsOneLineNamingTheVariable() {
		UnsafeSettingException failure = new UnsafeSettingException("PORTAL_VOICE_HASH_SALT",
				"The prod profile refuses the development hash salt");
		FailureAnalysis analysis = new UnsafeSettingFailureAnalyzer()
			.analyze(new IllegalStateException("Failed to execute ApplicationRunner", failure));
		assertThat(analysis.getDescription()).doesNotContain("\n").endsWith("set PORTAL_VOICE_HASH_SALT");
		assertThat(analysis.getAction()).contains("PORTAL_VOICE_HASH_SALT");
	}

}
