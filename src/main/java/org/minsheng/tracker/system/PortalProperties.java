package org.minsheng.tracker.system;

import java.io.File;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the portal, bound from {@code portal.*} (and so from {@code PORTAL_*}
 * environment variables) and validated at start-up: a bad value stops the application
 * with a message naming the setting. The defaults live once, in
 * {@code application.properties}; the {@code prod} profile adds the checks of
 * {@link ProductionSettings}.
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(@Valid @NotNull Voice voice, @Valid @NotNull PageCache pageCache,
		@Valid @NotNull Pdf pdf, @Valid @NotNull Feeds feeds, @Valid @NotNull Admin admin,
		@Valid @NotNull Metrics metrics, @Valid @NotNull Migrations migrations) {

	/**
	 * The salt used until {@code PORTAL_VOICE_HASH_SALT} is set; refused in production.
	 */
	public static final String DEVELOPMENT_SALT = "development-only-salt";

	/**
	 * Citizens' voice: the salt of stored client hashes and the per-client limits.
	 *
	 * @param hashSalt salt of every stored address and supporter hash, the same on every
	 * instance
	 * @param suggestionsPerHour suggestions one client address may send in an hour
	 * @param supportsPerHour supports one client address may give in an hour
	 * @param supportsPerAddress supports one client address may give one suggestion
	 */
	public record Voice(@NotBlank String hashSalt, @Min(1) @Max(10_000) int suggestionsPerHour,
			@Min(1) @Max(10_000) int supportsPerHour, @Min(1) @Max(10_000) int supportsPerAddress) {

		public boolean usesDevelopmentSalt() {
			return DEVELOPMENT_SALT.equals(this.hashSalt);
		}

	}

	/**
	 * The in-memory cache of rendered public pages, and how long browsers and proxies may
	 * keep them.
	 *
	 * @param enabled whether rendered pages are kept in memory (off only to measure
	 * rendering in the benchmark)
	 * @param maxMegabytes the cache's size bound in megabytes of rendered HTML
	 * @param maxAgeSeconds {@code Cache-Control: max-age} of a public page: how long a
	 * browser or proxy may show it without asking again
	 * @param staleWhileRevalidateSeconds how long after that a proxy may still answer
	 * with it while it fetches the new one
	 * @param views whether the data behind public pages is kept per public revision
	 * ({@link PublicViews}; off only to measure a cold render in the benchmark)
	 * @param maxViews how many such views are kept at most
	 */
	public record PageCache(boolean enabled, @Min(1) @Max(4096) long maxMegabytes, @Min(0) @Max(3600) int maxAgeSeconds,
			@Min(0) @Max(86_400) int staleWhileRevalidateSeconds, boolean views, @Min(1) @Max(100_000) int maxViews) {

		public long maxBytes() {
			return this.maxMegabytes * 1024 * 1024;
		}

	}

	/**
	 * The fonts the year-end review PDF embeds (see docs/fonts.md).
	 *
	 * @param cjkFont the Chinese font
	 * @param latinFont the Latin font
	 * @param latinBoldFont the Latin bold font
	 */
	public record Pdf(@NotNull File cjkFont, @NotNull File latinFont, @NotNull File latinBoldFont) {
	}

	/**
	 * Atom feeds.
	 *
	 * @param tagAuthority the authority part of every entry's tag URI (RFC 4151)
	 */
	public record Feeds(@NotBlank String tagAuthority) {
	}

	/**
	 * Metrics in Prometheus format.
	 *
	 * @param token the bearer token a scraper sends to read {@code /actuator/prometheus};
	 * empty: nobody can read them
	 */
	public record Metrics(String token) {

		public boolean hasToken() {
			return this.token != null && this.token.length() >= 16;
		}

	}

	/**
	 * The first administrator, created on a first start when no account exists.
	 *
	 * @param username from {@code PORTAL_ADMIN_USERNAME}; {@code admin} when unset
	 * @param password from {@code PORTAL_ADMIN_PASSWORD}; generated and logged once when
	 * unset, refused by the {@code prod} profile
	 */
	public record Admin(String username, String password) {

		public boolean hasPassword() {
			return this.password != null && !this.password.isBlank();
		}

	}

	/**
	 * Whether a start migrates the schema ({@link MigrationsOnStart}).
	 *
	 * @param onStart {@code true}: every start runs the migrations that are due (README
	 * command one, the tests); {@code false} ({@code PORTAL_MIGRATIONS_ON_START=false},
	 * the instances of docker-compose.yml, whose migrations a job runs first): the start
	 * only checks that the schema has every migration, and refuses it otherwise
	 */
	public record Migrations(boolean onStart) {

	}

}
