package org.minsheng.tracker.api;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.minsheng.tracker.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real responses of every API operation, successes and problems, validated against the
 * OpenAPI document the running application serves. Undocumented fields are errors.
 */
class ApiContractIntegrationTest extends PortalIntegrationTest {

	private OpenApiInteractionValidator validator;

	@BeforeEach
	void loadTheServedDocument() {
		HttpResponse<String> document = get("/api/v1/openapi.json");
		assertThat(document.statusCode()).isEqualTo(200);
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document.body())
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
				.build())
			.build();
	}

	private HttpResponse<String> conforms(String pathAndQuery, int expectedStatus, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		HttpResponse<String> response = send(request);
		assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(expectedStatus);
		SimpleResponse.Builder actual = SimpleResponse.Builder.status(response.statusCode());
		response.headers().map().forEach((name, values) -> actual.withHeader(name, values));
		if (!response.body().isEmpty()) {
			actual.withBody(response.body());
		}
		String path = URI.create(pathAndQuery).getPath();
		ValidationReport report = this.validator.validateResponse(path, Request.Method.GET, actual.build());
		assertThat(report.getMessages()).as(pathAndQuery + " against the OpenAPI document").isEmpty();
		return response;
	}

	@Test
	void everyOperationAnswersAsDocumented() {
		conforms("/api/v1/plans", 200);
		conforms("/api/v1/plans?asOf=2026-01-01", 200);
		conforms("/api/v1/plans/2025", 200);
		conforms("/api/v1/plans/2025?asOf=2025-12-28", 200);
		conforms("/api/v1/plans/2025/commitments/13", 200);
		conforms("/api/v1/plans/2025/commitments/4?asOf=2025-12-29", 200);
		conforms("/api/v1/reports/recent", 200);
		conforms("/api/v1/reports/recent?limit=3&asOf=2026-01-01", 200);
	}

	@Test
	void problemsAreDocumentedToo() {
		conforms("/api/v1/plans?asOf=yesterday", 400);
		conforms("/api/v1/plans/1999", 404);
		conforms("/api/v1/plans/2025?asOf=2999-01-01", 400, "Accept-Language", "en");
		conforms("/api/v1/plans/2025/commitments/99", 404);
		conforms("/api/v1/reports/recent?limit=1000", 400);
	}

	@Test
	void aRevalidationIsDocumented() {
		String etag = get("/api/v1/plans/2025").headers().firstValue("ETag").orElseThrow();
		conforms("/api/v1/plans/2025", 304, "If-None-Match", etag);
	}

	@Test
	void theValidatorRefusesWhatTheDocumentDoesNotSay() {
		SimpleResponse undocumentedField = SimpleResponse.Builder.ok()
			.withContentType("application/json")
			.withBody("{\"plans\": [], \"generatedAt\": \"2026-01-01T00:00:00Z\", \"secret\": 1}")
			.build();
		assertThat(this.validator.validateResponse("/api/v1/plans", Request.Method.GET, undocumentedField).hasErrors())
			.isTrue();
		SimpleResponse wrongType = SimpleResponse.Builder.ok()
			.withContentType("application/json")
			.withBody("{\"year\": \"2025\", \"commitments\": \"none\"}")
			.build();
		assertThat(this.validator.validateResponse("/api/v1/plans/2025", Request.Method.GET, wrongType).hasErrors())
			.isTrue();
	}

}
