package org.minsheng.tracker.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.TcpProxy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away under a running instance (a proxy in front of a database server
 * drops every connection): pages answer 503 with a clear message within a few seconds,
 * readiness says DOWN so the load balancer stops sending traffic, liveness stays UP so
 * nothing restarts the instance; when the database is back, everything recovers by
 * itself. Everything on 127.0.0.1, bounded in time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.username=sa", "spring.datasource.password=", "spring.flyway.user=sa",
				"spring.flyway.password=", "spring.datasource.hikari.connection-timeout=1500",
				"portal.page-cache.enabled=false" })
class DatabaseOutageIntegrationTest {

	private static final Server DATABASE;

	private static final TcpProxy PROXY;

	static {
		try {
			DATABASE = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
			PROXY = new TcpProxy(DATABASE.getPort());
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + PROXY.port()
				+ "/mem:outage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}

	@AfterAll
	static void stop() throws IOException {
		PROXY.close();
		DATABASE.stop();
	}

	private HttpResponse<String> get(String path, String language) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Cookie", "lang=" + language)
			.header("Accept", path.startsWith("/actuator/") ? "application/json" : "text/html,application/xhtml+xml")
			.timeout(Duration.ofSeconds(20))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void anOutageAnswers503FastAndRecoversByItself() throws Exception {
		assertThat(get("/plans/2025", "zh").statusCode()).isEqualTo(200);

		PROXY.cut();
		long started = System.nanoTime();
		HttpResponse<String> down = get("/plans/2025/commitments/3", "zh");
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(down.statusCode()).isEqualTo(503);
		assertThat(millis).as("fails fast, not after tens of seconds").isLessThan(10_000);
		assertThat(down.headers().firstValue("Retry-After")).contains("30");
		assertThat(down.body()).contains("暂时无法访问").contains("请几分钟后再试").doesNotContain("Exception");
		assertThat(get("/plans/2025", "en").body()).contains("Temporarily unavailable");
		assertThat(get("/actuator/health/readiness", "en").statusCode()).isEqualTo(503);
		assertThat(get("/actuator/health/liveness", "en").statusCode()).isEqualTo(200);

		PROXY.restore();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> get("/plans/2025/commitments/3", "zh").statusCode() == 200);
		assertThat(get("/actuator/health/readiness", "en").statusCode()).isEqualTo(200);
	}

}
