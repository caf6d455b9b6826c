package org.minsheng.tracker.api;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.ReportFixtures;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data API over real HTTP: the seeded figures, figures as of a date across an
 * approval, a rejection and a correction, revalidation, CORS, problem details and a fixed
 * number of statements.
 */
class ApiIntegrationTest extends PortalIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ELEVATORS = "/api/v1/plans/2025/commitments/4";

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private ReportFixtures reports;

	@Autowired
	private PlanFixtures fixtures;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
		this.fixtures.removeSyntheticPlans();
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private JsonNode ok(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		return json(response);
	}

	private HttpResponse<String> request(String method, String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	private static JsonNode commitment(JsonNode plan, int number) {
		for (JsonNode commitment : plan.get("commitments")) {
			if (commitment.get("number").asInt() == number) {
				return commitment;
			}
		}
		throw new AssertionError("no commitment " + number);
	}

	@Test
	void theSeededPlanInJson() {
		JsonNode plans = ok("/api/v1/plans");
		assertThat(plans.get("plans").findValuesAsString("href")).contains("/api/v1/plans/2025");
		assertThat(plans.has("asOf")).isFalse();

		JsonNode plan = ok("/api/v1/plans/2025");
		assertThat(plan.get("year").asInt()).isEqualTo(2025);
		assertThat(plan.get("title").get("zh").asString()).contains("民生实事");
		assertThat(plan.get("headline").get("commitments").asInt()).isEqualTo(16);
		assertThat(plan.get("commitments")).hasSize(16);
		JsonNode parks = commitment(plan, 13);
		assertThat(parks.get("status").asString()).isEqualTo("OVER_ACHIEVED");
		assertThat(parks.get("indicators").findValues("valueIsLowerBound")).allMatch(JsonNode::asBoolean);
		assertThat(parks.get("indicators").findValues("value")).extracting(JsonNode::decimalValue)
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("200"), new java.math.BigDecimal("500000"));
		assertThat(commitment(plan, 6).get("indicators").get(0).get("value").decimalValue())
			.isEqualByComparingTo("100");

		JsonNode detail = ok("/api/v1/plans/2025/commitments/13");
		assertThat(detail.get("commitment").get("number").asInt()).isEqualTo(13);
		assertThat(detail.get("history")).isNotEmpty();
		assertThat(detail.get("generatedAt").asString()).isNotBlank();
	}

	private String elevators(String query) {
		JsonNode indicator = ok(ELEVATORS + query).get("commitment").get("indicators").get(0);
		return indicator.has("value") ? indicator.get("value").decimalValue().stripTrailingZeros().toPlainString()
				: "none";
	}

	@Test
	void eachDayShowsWhatWasPublicAtItsEnd() {
		this.reports.elevatorsRaisedRejectedAndCorrected();

		assertThat(elevators("?asOf=2025-12-28")).isEqualTo("none");
		assertThat(elevators("?asOf=2025-12-29")).isEqualTo("46");
		assertThat(elevators("?asOf=2026-03-01")).isEqualTo("50");
		assertThat(elevators("?asOf=2026-05-31")).isEqualTo("50");
		assertThat(elevators("?asOf=2026-06-01")).isEqualTo("48");
		assertThat(elevators("")).isEqualTo("48");

		JsonNode may = ok(ELEVATORS + "?asOf=2026-05-31");
		assertThat(may.get("asOf").asString()).isEqualTo("2026-05-31");
		assertThat(may.get("history")).hasSize(2);
		assertThat(may.toString()).doesNotContain("重复统计了两部");
		assertThat(may.get("history").findValues("value")).extracting(JsonNode::decimalValue)
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("50"), new java.math.BigDecimal("46"));
		JsonNode latest = ok(ELEVATORS);
		assertThat(latest.get("history")).hasSize(3);
		assertThat(latest.get("history").get(0).get("correctionReason").asString()).isEqualTo("重复统计了两部");
		assertThat(latest.get("history").get(0).get("approvedAt").asString()).isEqualTo("2026-06-01T01:00:00Z");
		assertThat(latest.toString()).doesNotContain("没有佐证");
		assertThat(commitment(ok("/api/v1/plans/2025?asOf=2026-03-01"), 4).get("indicators")
			.get(0)
			.get("value")
			.decimalValue()).isEqualByComparingTo("50");

		JsonNode recent = ok("/api/v1/reports/recent?limit=2").get("reports");
		assertThat(recent).hasSize(2);
		assertThat(recent.get(0).get("value").decimalValue()).isEqualByComparingTo("48");
		assertThat(recent.get(0).get("correctionReason").asString()).isEqualTo("重复统计了两部");
		assertThat(recent.get(0).get("href").asString()).isEqualTo(ELEVATORS);
		assertThat(recent.get(1).get("value").decimalValue()).isEqualByComparingTo("50");
		JsonNode beforeCorrection = ok("/api/v1/reports/recent?asOf=2026-05-31").get("reports");
		assertThat(beforeCorrection.get(0).get("value").decimalValue()).isEqualByComparingTo("50");
		assertThat(beforeCorrection.toString()).doesNotContain("重复统计了两部");
		assertThat(ok("/api/v1/reports/recent").get("reports")).hasSize(20);
		assertThat(ok("/api/v1/reports/recent?limit=100").get("reports").size()).isGreaterThan(20);
	}

	@Test
	void revalidationAnswers304UntilAnApproval() {
		HttpResponse<String> first = get("/api/v1/plans/2025");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");

		HttpResponse<String> again = request("GET", "/api/v1/plans/2025", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		assertThat(again.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		assertThat(request("GET", "/api/v1/plans/2025", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
		assertThat(get("/api/v1/plans/2025?asOf=2026-01-01").headers().firstValue("ETag")).isNotEqualTo(etag);

		Department housing = this.staff.department("housing", "市住建局");
		Long indicator = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		Long report = this.reports.submit(indicator, "47", null, null);
		this.reports.approve(report);

		HttpResponse<String> changed = request("GET", "/api/v1/plans/2025", "If-None-Match", etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
		assertThat(commitment(json(changed), 4).get("indicators").get(0).get("value").decimalValue())
			.isEqualByComparingTo("47");
	}

	@Test
	void anyOriginMayReadButNotWrite() {
		HttpResponse<String> read = request("GET", "/api/v1/plans", "Origin", "https://example.org");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

		HttpResponse<String> preflight = request("OPTIONS", "/api/v1/plans", "Origin", "https://example.org",
				"Access-Control-Request-Method", "GET");
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

		HttpResponse<String> post = request("OPTIONS", "/api/v1/plans", "Origin", "https://example.org",
				"Access-Control-Request-Method", "POST");
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

		assertThat(request("GET", "/plans/2025", "Origin", "https://example.org").headers()
			.firstValue("Access-Control-Allow-Origin")).as("only the API is shared").isEmpty();
	}

	@Test
	void onlyTheApiPageMayUseInlineStyles() {
		HttpResponse<String> docs = get("/api/swagger-ui/index.html");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("style-src 'self' 'unsafe-inline'", "script-src 'self';"));
		assertThat(get("/api/docs").statusCode()).isBetween(200, 399);
		for (String path : new String[] { "/plans/2025", "/api/v1/plans", "/api/v1/openapi.json" }) {
			assertThat(get(path).headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(
						(policy) -> assertThat(policy).contains("style-src 'self';").doesNotContain("unsafe-inline"));
		}
	}

	private JsonNode problem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("<html");
		JsonNode problem = json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("type").asString()).startsWith("urn:minsheng-tracker:problem:");
		return problem;
	}

	@Test
	void errorsAreLocalizedProblemDetails() {
		JsonNode year = problem(get("/api/v1/plans/1999"), 404);
		assertThat(year.get("title").asString()).isEqualTo("未找到");
		assertThat(year.get("detail").asString()).isEqualTo("没有1999年已公布的民生实事计划。");
		assertThat(year.get("instance").asString()).isEqualTo("/api/v1/plans/1999");
		assertThat(problem(get("/api/v1/plans/1999", "lang=en"), 404).get("detail").asString())
			.isEqualTo("No livelihood-commitment plan has been published for 1999.");
		assertThat(
				problem(request("GET", "/api/v1/plans/2025/commitments/99", "Accept-Language", "en-GB,en;q=0.9"), 404)
					.get("detail")
					.asString())
			.isEqualTo("The 2025 plan has no commitment number 99.");
		problem(get("/api/v1/plans/abc"), 404);
		problem(get("/api/v1/plans/2025/commitments/x"), 404);
		assertThat(problem(get("/api/v1/no/such/thing"), 404).get("detail").asString()).contains("/api/docs");

		assertThat(problem(get("/api/v1/plans/2025?asOf=31/12/2025"), 400).get("detail").asString())
			.startsWith("日期格式不正确");
		assertThat(problem(get("/api/v1/plans?asOf=2999-01-01", "lang=en"), 400).get("detail").asString())
			.isEqualTo("asOf cannot be a future day: no figures exist for it yet.");
		for (String limit : new String[] { "0", "101", "abc", "-1" }) {
			assertThat(problem(get("/api/v1/reports/recent?limit=" + limit), 400).get("detail").asString())
				.isEqualTo("limit 须为 1 到 100 之间的整数。");
		}

		for (String method : new String[] { "POST", "PUT", "DELETE", "PATCH" }) {
			HttpResponse<String> refused = request(method, "/api/v1/plans/2025");
			problem(refused, 405);
			assertThat(refused.headers().firstValue("Allow")).hasValue("GET, HEAD");
		}
		assertThat(get("/plans/1999").headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
	}

	private long statementsFor(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(get(path).statusCode()).isEqualTo(200);
		return statistics.getPrepareStatementCount();
	}

	@Test
	void statementsDoNotGrowWithTenTimesTheData() {
		this.fixtures.publishedPlan(2090, 4, 2, 2, 60);
		this.fixtures.publishedPlan(2091, 40, 2, 20, 60);
		long small = statementsFor("/api/v1/plans/2090");
		assertThat(small).isPositive();
		assertThat(statementsFor("/api/v1/plans/2091")).isEqualTo(small);
		assertThat(ok("/api/v1/plans/2091").get("commitments")).hasSize(40);
		assertThat(statementsFor("/api/v1/plans/2091/commitments/1"))
			.isEqualTo(statementsFor("/api/v1/plans/2090/commitments/1"));
		assertThat(statementsFor("/api/v1/reports/recent?limit=100"))
			.isEqualTo(statementsFor("/api/v1/reports/recent?limit=2"));
	}

}
