package org.minsheng.tracker.ops;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the load balancer, a proxy or CDN, and the operators see: open health probes,
 * token-protected metrics, shareable public pages with validators, private staff pages, a
 * page cache that made-up addresses and forged hosts cannot steer, and request ids.
 */
class OperationsIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private HttpResponse<String> get(String path, String header, String value) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).header(header, value).GET());
	}

	@Test
	void theProbesAreOpenAndSayUpWithoutASession() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> response = get(probe);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).contains("\"status\":\"UP\"");
			assertThat(response.headers().firstValue("Set-Cookie")).as(probe).isEmpty();
		}
	}

	@Test
	void metricsNeedTheScrapersTokenAndNothingElseOfTheActuatorIsOpen() {
		assertThat(get("/actuator/prometheus").statusCode()).isIn(401, 403);
		assertThat(get("/actuator/prometheus", "Authorization", "Bearer wrong-token-wrong-token").statusCode())
			.isIn(401, 403);
		get("/plans/2025");
		HttpResponse<String> metrics = get("/actuator/prometheus", "Authorization", "Bearer " + METRICS_TOKEN);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("portal_page_cache_total{result=\"hit\"}")
			.contains("portal_page_cache_total{result=\"miss\"}")
			.contains("portal_page_render_seconds_count{page=\"dashboard\"}")
			.contains("http_server_requests_seconds")
			.contains("portal_signin_failures_total");
		for (String closed : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator" }) {
			assertThat(get(closed, "Authorization", "Bearer " + METRICS_TOKEN).statusCode()).as(closed)
				.isIn(401, 403, 404);
		}
	}

	@Test
	void publicPagesAreShareableForAMinuteAndRevalidateWithA304() {
		HttpResponse<String> first = get("/plans/2025/commitments/3");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
			.isEqualTo("public, max-age=60, stale-while-revalidate=300");
		assertThat(first.headers().firstValue("Vary").orElseThrow()).contains("Cookie");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();

		HttpResponse<String> again = get("/plans/2025/commitments/3", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).contains(etag);

		HttpResponse<String> since = get("/plans/2025/commitments/3", "If-Modified-Since",
				first.headers().firstValue("Last-Modified").orElseThrow());
		assertThat(since.statusCode()).isEqualTo(304);
		assertThat(get("/plans/2025/commitments/3", "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
	}

	@Test
	void staffPagesAndPagesThatSetACookieAreNeverShared() {
		assertThat(get("/staff/login").headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		HttpResponse<String> switching = get("/plans/2025?lang=en");
		assertThat(switching.headers().firstValue("Set-Cookie")).isPresent();
		assertThat(switching.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
	}

	@Test
	void madeUpParametersReachTheCachedPageWithoutARender() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		String body = get("/counties/pingyao?x=1").body();
		statistics.clear();
		for (int i = 2; i < 12; i++) {
			assertThat(get("/counties/pingyao?x=" + i + "&utm_source=chat").body()).isEqualTo(body);
		}
		assertThat(statistics.getPrepareStatementCount()).as("no render for made-up parameters").isZero();
		statistics.clear();
		get("/counties/pingyao?asOf=2025-06-30");
		assertThat(statistics.getPrepareStatementCount()).as("a parameter the page understands renders").isPositive();
	}

	@Test
	void aForgedHostCannotPutItsLinksIntoOtherVisitorsPages() throws Exception {
		String forged = rawGet("/plans/2025/commitments/5", "Host: evil.example");
		assertThat(forged).startsWith("HTTP/1.1 200");
		rawGet("/plans/2025/commitments/6", "Host: 127.0.0.1:" + this.port, "X-Forwarded-Host: evil.example");
		assertThat(get("/plans/2025/commitments/5").body()).doesNotContain("evil.example");
		assertThat(get("/plans/2025/commitments/6").body()).doesNotContain("evil.example");
	}

	/** A request with headers the JDK's client refuses to send, over a plain socket. */
	private String rawGet(String path, String... headers) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			String request = "GET " + path + " HTTP/1.1\r\n" + String.join("\r\n", headers)
					+ "\r\nConnection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void everyAnswerCarriesARequestIdAndAWellFormedOneIsKept() {
		assertThat(get("/plans/2025").headers().firstValue("X-Request-Id").orElseThrow()).hasSizeGreaterThan(8);
		assertThat(get("/plans/2025", "X-Request-Id", "lb-0123456789").headers().firstValue("X-Request-Id"))
			.contains("lb-0123456789");
		assertThat(get("/plans/2025", "X-Request-Id", "bad id <script>").headers()
			.firstValue("X-Request-Id")
			.orElseThrow()).doesNotContain("<");
	}

}
