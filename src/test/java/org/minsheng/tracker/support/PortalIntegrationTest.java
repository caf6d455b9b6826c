package org.minsheng.tracker.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port, reached over real HTTP through the real Spring
 * Security filter chain, on whatever database the environment names (H2 by default,
 * PostgreSQL in CI). Every integration test shares this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
				"portal.metrics.token=" + PortalIntegrationTest.METRICS_TOKEN,
				// The whole suite renders many more pages than an instance keeps views
				// of; a
				// test that checks a view is reused must not see it evicted by another's.
				"portal.page-cache.max-views=100000" })
public abstract class PortalIntegrationTest {

	/** The Prometheus scraper's bearer token in tests. */
	protected static final String METRICS_TOKEN = "test-metrics-token-0123456789";

	@LocalServerPort
	protected int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	protected String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	protected HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected HttpResponse<String> get(String path, String... cookies) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
		if (cookies.length > 0) {
			request.header("Cookie", String.join("; ", List.of(cookies)));
		}
		return send(request);
	}

	/** GETs a page, asserting nothing, and parses it. */
	protected Document page(String path, String... cookies) {
		HttpResponse<String> response = get(path, cookies);
		return Jsoup.parse(response.body(), url(path));
	}

}
