package org.minsheng.tracker.site;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The sites' settings ({@code portal.sites.*}, validated at start-up).
 *
 * @param publicBaseUrl the portal's public address as residents reach it (no trailing
 * slash): the QR codes on printed posters point there, so it must not depend on the
 * request that printed them
 * @param reportsPerHour problem reports one client address may send in an hour
 * @param ratingsPerHour ratings one client address may give in an hour
 */
@Validated
@ConfigurationProperties("portal.sites")
public record SiteSettings(
		@NotBlank @Pattern(regexp = "https?://[^\\s/]+(/[^\\s]*[^/\\s])?",
				message = "an absolute http(s) address without a trailing slash") String publicBaseUrl,
		@Min(1) @Max(10_000) int reportsPerHour, @Min(1) @Max(10_000) int ratingsPerHour) {

	/** The absolute address of a site's page. */
	public String siteAddress(Long siteId) {
		return this.publicBaseUrl + "/sites/" + siteId;
	}

}
