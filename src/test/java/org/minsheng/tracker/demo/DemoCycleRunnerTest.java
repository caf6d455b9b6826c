package org.minsheng.tracker.demo;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.system.UnsafeSettingException;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo profile refuses to start with {@code prod} or on any database but the embedded
 * in-memory one, naming what to change.
 */
class DemoCycleRunnerTest {

	private static final String EMBEDDED = "jdbc:h2:mem:minsheng;MODE=PostgreSQL";

	@Test
	void runsOnTheEmbeddedDatabase() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", EMBEDDED);
		environment.setActiveProfiles("demo");
		assertThatCode(() -> DemoCycleRunner.refuseUnsafe(environment)).doesNotThrowAnyException();
	}

	@Test
	void refusesTheProductionProfile() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", EMBEDDED);
		environment.setActiveProfiles("demo", "prod");
		assertThatThrownBy(() -> DemoCycleRunner.refuseUnsafe(environment)).isInstanceOf(UnsafeSettingException.class)
			.hasMessageContaining("SPRING_PROFILES_ACTIVE");
	}

	@Test
	void refusesAnotherDatabase() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://localhost:5432/minsheng");
		environment.setActiveProfiles("demo");
		assertThatThrownBy(() -> DemoCycleRunner.refuseUnsafe(environment)).isInstanceOf(UnsafeSettingException.class)
			.hasMessageContaining("SPRING_DATASOURCE_URL");
	}

}
