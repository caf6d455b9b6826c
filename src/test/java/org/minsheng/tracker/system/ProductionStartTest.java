package org.minsheng.tracker.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minsheng.tracker.PortalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real application, started with the {@code prod} profile and README's zero-setup
 * defaults (given on the command line, so that the environment cannot override them),
 * refuses to start and says in one line which variable to set.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {

	@Test
	void prodWithTheEmbeddedDatabaseRefusesToStart(CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(PortalApplication.class).profiles("prod")
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:refused;MODE=PostgreSQL"))
			.isInstanceOf(UnsafeSettingException.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains(
					"The prod profile refuses an embedded or in-memory database (jdbc:h2): set SPRING_DATASOURCE_URL");
	}

	@Test
	void prodWithTheDevelopmentSaltRefusesToStart(CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(PortalApplication.class).profiles("prod")
			.run("--server.port=0", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/never-reached",
					"--portal.voice.hash-salt=" + PortalProperties.DEVELOPMENT_SALT))
			.isInstanceOf(UnsafeSettingException.class);
		assertThat(output).contains("The prod profile refuses the development hash salt: set PORTAL_VOICE_HASH_SALT");
	}

}
