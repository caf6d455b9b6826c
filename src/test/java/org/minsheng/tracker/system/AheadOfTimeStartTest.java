package org.minsheng.tracker.system;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production start's bean definitions are generated when the jar is built, without
 * profiles: it refuses the profiles that define beans, and no class of the portal may
 * make its beans depend on anything else (a condition would be decided once, at build
 * time, for every later start).
 */
class AheadOfTimeStartTest {

	private static final Pattern PROFILE_NAME = Pattern.compile("(!?)\\s*([A-Za-z][\\w-]*)");

	private static MockEnvironment environment(String... profiles) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profiles);
		return environment;
	}

	@Test
	void theGeneratedStartRefusesTheProfilesWithBeansNamingTheVariable() {
		for (String profile : AheadOfTimeStart.PROFILES_WITH_BEANS) {
			assertThatThrownBy(() -> AheadOfTimeStart.check(environment("prod", profile), true))
				.isInstanceOfSatisfying(UnsafeSettingException.class,
						(ex) -> assertThat(ex.variable()).isEqualTo("SPRING_PROFILES_ACTIVE"))
				.hasMessageContaining("remove " + profile);
		}
	}

	@Test
	void theGeneratedStartRefusesToTurnFlywayOffAndNamesThePortalsSetting() {
		MockEnvironment withoutFlyway = environment("prod").withProperty("spring.flyway.enabled", "false");
		assertThatThrownBy(() -> AheadOfTimeStart.check(withoutFlyway, true))
			.isInstanceOfSatisfying(UnsafeSettingException.class,
					(ex) -> assertThat(ex.variable()).isEqualTo("PORTAL_MIGRATIONS_ON_START=false"))
			.hasMessageContaining(
					"Remove SPRING_FLYWAY_ENABLED; to start without migrating: set PORTAL_MIGRATIONS_ON_START=false");
		assertThatCode(() -> AheadOfTimeStart.check(withoutFlyway, false)).doesNotThrowAnyException();
		assertThatCode(
				() -> AheadOfTimeStart.check(environment("prod").withProperty("spring.flyway.enabled", "true"), true))
			.doesNotThrowAnyException();
	}

	@Test
	void theGeneratedStartAcceptsProdAndThePlainStartAcceptsEveryProfile() {
		assertThatCode(() -> AheadOfTimeStart.check(environment("prod"), true)).doesNotThrowAnyException();
		assertThatCode(() -> AheadOfTimeStart.check(environment(), true)).doesNotThrowAnyException();
		assertThatCode(() -> AheadOfTimeStart.check(environment("demo"), false)).doesNotThrowAnyException();
		assertThatCode(() -> AheadOfTimeStart.check(environment("synthetic"), false)).doesNotThrowAnyException();
	}

	@Test
	void everyProfileOfThePortalsBeansNeedsOneThatTheGeneratedStartRefuses() throws Exception {
		List<String> profiles = new ArrayList<>();
		for (Class<?> type : portalClasses()) {
			check(type, profiles);
			for (Method method : type.getDeclaredMethods()) {
				check(method, profiles);
			}
		}
		assertThat(profiles).as("the @Profile expressions found").isNotEmpty();
	}

	private static void check(java.lang.reflect.AnnotatedElement element, List<String> profiles) {
		assertThat(MergedAnnotations.from(element)
			.stream(Conditional.class)
			.filter((condition) -> condition.getRoot().getType() != Profile.class)
			.toList()).as("%s is conditional: the outcome would be fixed when the jar is built", element).isEmpty();
		Profile profile = AnnotatedElementUtils.findMergedAnnotation(element, Profile.class);
		if (profile == null) {
			return;
		}
		for (String expression : profile.value()) {
			profiles.add(expression);
			boolean required = false;
			Matcher matcher = PROFILE_NAME.matcher(expression);
			while (matcher.find()) {
				boolean negated = !matcher.group(1).isEmpty();
				required |= !negated && AheadOfTimeStart.PROFILES_WITH_BEANS.contains(matcher.group(2));
			}
			assertThat(required)
				.as("%s on %s needs a profile the generated start refuses (%s), or its beans would be generated "
						+ "into it for every profile", expression, element, AheadOfTimeStart.PROFILES_WITH_BEANS)
				.isTrue();
		}
	}

	private static List<Class<?>> portalClasses() throws Exception {
		Path root = Path.of(PortalProperties.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<Class<?>> classes = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
				String name = root.relativize(file).toString().replace(File.separatorChar, '.');
				classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
						AheadOfTimeStartTest.class.getClassLoader()));
			}
		}
		assertThat(classes).as("the portal's classes").hasSizeGreaterThan(300);
		return classes;
	}

}
