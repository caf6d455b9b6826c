package org.minsheng.tracker.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production start's JVM options live in one argument file,
 * {@code src/main/docker/jvm.options}: the JVM's ahead-of-time cache is recorded by a
 * training run and is only as good as that run's likeness to the start, so the
 * Dockerfile's training and its ENTRYPOINT must both read it ({@code ProductionStartIT}
 * and {@code bench/startup.sh} read it too).
 */
class ProductionJvmOptionsTest {

	private static List<String> options() throws IOException {
		return Files.readAllLines(Path.of("src/main/docker/jvm.options"), StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

	@Test
	void theOptionsAreOnePerLineAndStartTheGeneratedStart() throws IOException {
		assertThat(options()).isNotEmpty()
			.allSatisfy((option) -> assertThat(option).startsWith("-").doesNotContainAnyWhitespaces())
			.contains("-Dspring.aot.enabled=true", "-Djdk.reflect.useNativeAccessorOnly=true")
			.noneMatch((option) -> option.startsWith("-XX:AOTCache"));
	}

	@Test
	void theDockerfileTrainsAndStartsWithTheSameArgumentFile() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"), StandardCharsets.UTF_8);
		assertThat(dockerfile).contains("COPY src/main/docker/jvm.options /app/jvm.options")
			.containsPattern("RUN bash \\S*aot-training\\.sh /app/app\\.aot /app/app\\.jar java @/app/jvm\\.options\\n")
			.contains(
					"ENTRYPOINT [\"java\", \"@/app/jvm.options\", \"-XX:AOTCache=/app/app.aot\", \"-jar\", \"/app/app.jar\"]");
		for (String option : options()) {
			assertThat(dockerfile).as("an option of jvm.options given again in the Dockerfile")
				.doesNotContain("\"" + option + "\"");
		}
	}

}
