package org.minsheng.tracker.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many visitors at once on an instance that keeps nothing (page cache and views off, as
 * the benchmark's cold rows): every part of every page is rendered on every request, the
 * parts through {@link RenderedFragments} inside the page's own render, and each answer
 * is the whole page. (A shared evaluation context once made a third of such answers
 * fail.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.page-cache.enabled=false", "portal.page-cache.views=false" })
class ConcurrentRenderingIntegrationTest {

	private static final int VISITORS = 12;

	private static final int PAGES_EACH = 6;

	@LocalServerPort
	private int port;

	@Test
	void everyConcurrentRenderIsTheWholePage() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		ExecutorService visitors = Executors.newFixedThreadPool(VISITORS);
		try {
			List<Future<List<String>>> answers = new ArrayList<>();
			for (int v = 0; v < VISITORS; v++) {
				String path = (v % 2 == 0) ? "/plans/2025" : "/plans/2025/commitments/3";
				Callable<List<String>> visit = () -> {
					List<String> problems = new ArrayList<>();
					for (int i = 0; i < PAGES_EACH; i++) {
						HttpResponse<String> page = http.send(
								HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
								HttpResponse.BodyHandlers.ofString());
						if (page.statusCode() != 200 || !page.body().contains("</html>")
								|| !page.body().contains("chart-map")) {
							problems.add(path + " answered " + page.statusCode());
						}
					}
					return problems;
				};
				answers.add(visitors.submit(visit));
			}
			List<String> problems = new ArrayList<>();
			for (Future<List<String>> answer : answers) {
				problems.addAll(answer.get(120, TimeUnit.SECONDS));
			}
			assertThat(problems).as("answers that were not the whole page").isEmpty();
		}
		finally {
			visitors.shutdownNow();
		}
	}

}
