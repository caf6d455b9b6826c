package org.minsheng.tracker.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The API's OpenAPI description (served at {@code /api/v1/openapi.json}, shown at
 * {@code /api/docs}) and its CORS rule: any origin may GET, nothing else.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI minshengApi() {
		return new OpenAPI().info(new Info().title("Minsheng Tracker open data")
			.version("v1")
			.description("Read-only JSON of Jinzhong's annual livelihood commitments (民生实事) and their "
					+ "approved progress figures. Every call accepts asOf=YYYY-MM-DD. Errors are problem "
					+ "details (RFC 9457). Responses carry ETag and Last-Modified for revalidation."));
	}

	/** Every operation may answer a revalidation with 304 and no body. */
	@Bean
	OpenApiCustomizer notModifiedResponses() {
		return (api) -> api.getPaths()
			.values()
			.stream()
			.flatMap((path) -> path.readOperations().stream())
			.forEach((operation) -> operation.getResponses()
				.addApiResponse("304", new ApiResponse()
					.description("Not modified since the ETag (If-None-Match) or date (If-Modified-Since) given")));
	}

	/** Used by Spring Security's CORS filter ({@code http.cors(...)}). */
	@Bean
	CorsConfigurationSource corsConfigurationSource() {
		CorsConfiguration anyOriginMayRead = new CorsConfiguration();
		anyOriginMayRead.addAllowedOrigin("*");
		anyOriginMayRead.addAllowedMethod("GET");
		anyOriginMayRead.addAllowedMethod("HEAD");
		anyOriginMayRead.addAllowedHeader("*");
		anyOriginMayRead.addExposedHeader("ETag");
		anyOriginMayRead.addExposedHeader("Last-Modified");
		anyOriginMayRead.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", anyOriginMayRead);
		return source;
	}

}
