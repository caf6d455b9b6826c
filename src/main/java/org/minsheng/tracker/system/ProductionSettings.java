package org.minsheng.tracker.system;

import java.util.Locale;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * With the {@code prod} profile, refuses to start — before any database connection is
 * made — on an embedded or in-memory database or on the development hash salt. (The
 * missing first administrator is refused where accounts are known, when the administrator
 * would be created.) Without the profile the zero-setup defaults stay allowed, with a
 * warning. In every profile, the start on Spring AOT's generated bean definitions refuses
 * the profiles it has no beans for ({@link AheadOfTimeStart}).
 */
@Component
class ProductionSettings implements BeanFactoryPostProcessor, EnvironmentAware {

	static final String PROFILE = "prod";

	private static final int MINIMUM_SALT_LENGTH = 16;

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		check(this.environment);
		AheadOfTimeStart.check(this.environment, AotDetector.useGeneratedArtifacts());
	}

	static boolean isProduction(Environment environment) {
		return environment.acceptsProfiles(Profiles.of(PROFILE));
	}

	static void check(Environment environment) {
		if (!isProduction(environment)) {
			return;
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (isEmbedded(url)) {
			throw new UnsafeSettingException("SPRING_DATASOURCE_URL",
					"The prod profile refuses an embedded or in-memory database (" + schemeOf(url) + ")");
		}
		String salt = environment.getProperty("portal.voice.hash-salt", "");
		if (salt.isBlank() || PortalProperties.DEVELOPMENT_SALT.equals(salt)) {
			throw new UnsafeSettingException("PORTAL_VOICE_HASH_SALT",
					"The prod profile refuses the development hash salt");
		}
		if (salt.length() < MINIMUM_SALT_LENGTH) {
			throw new UnsafeSettingException("PORTAL_VOICE_HASH_SALT",
					"The prod profile needs a hash salt of at least " + MINIMUM_SALT_LENGTH + " characters");
		}
	}

	private static boolean isEmbedded(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		return lower.isBlank() || lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:hsqldb:")
				|| lower.startsWith("jdbc:derby:") || lower.contains(":mem:");
	}

	private static String schemeOf(String url) {
		if (url.isBlank()) {
			return "no SPRING_DATASOURCE_URL";
		}
		String[] parts = url.split(":", 3);
		return (parts.length >= 2) ? parts[0] + ":" + parts[1] : "unrecognised URL";
	}

}
