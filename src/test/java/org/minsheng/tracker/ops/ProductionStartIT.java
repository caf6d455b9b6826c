package org.minsheng.tracker.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minsheng.tracker.support.StaffClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar started as the Dockerfile starts it, with the production start's JVM
 * options ({@code src/main/docker/jvm.options}: among them the bean definitions Spring
 * AOT generated into it at build time, {@code -Dspring.aot.enabled=true}), in a process
 * of its own on the embedded database, 127.0.0.1 only (run by Maven's failsafe plugin
 * after the jar is built: {@code ./mvnw verify}). The plain start is what every other
 * test runs; this one checks that the generated start serves the same portal: pages with
 * the seeded figures, the probes, an email sent through the SMTP server named at run time
 * (GreenMail), and the refusal of a profile whose beans it does not have.
 */
class ProductionStartIT {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final Duration START_LIMIT = Duration.ofMinutes(3);

	private static final String ADMIN_PASSWORD = "a-long-test-passphrase-2026";

	private static final int CRAWL_LIMIT = 300;

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stop() throws InterruptedException {
		for (Process process : this.started) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	@Test
	void theGeneratedStartServesThePortalAndSendsEmailThroughTheHostGivenAtRunTime() throws Exception {
		int port = freePort();
		Path log = start("served", "--server.port=" + port, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--portal.mail.send-every=PT0.2S",
				"--portal.admin.username=admin", "--portal.admin.password=" + ADMIN_PASSWORD)
			.log();
		StaffClient resident = new StaffClient(port);
		await().atMost(START_LIMIT)
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.until(() -> resident.get("/actuator/health/readiness").statusCode() == 200);
		assertThat(Files.readString(log, StandardCharsets.UTF_8)).as("Spring AOT's generated start")
			.contains("Starting AOT-processed PortalApplication");

		assertThat(resident.page("/plans/2025").select("main").text()).contains("既有住宅自愿加装电梯");
		assertThat(resident.page("/plans/2025/commitments/4").select("main").text()).contains("46");
		HttpResponse<String> health = resident.get("/actuator/health");
		assertThat(health.statusCode()).as("the SMTP server is reachable: %s", health.body()).isEqualTo(200);

		HttpResponse<String> signUp = resident.submit(resident.page("/follow/2025/4"), "form.follow-form",
				Map.of("email", "resident@example.org"));
		assertThat(signUp.statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 1);
		MimeMessage confirmation = smtp.getReceivedMessages()[0];
		assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo("resident@example.org");
		assertThat(confirmation.getSubject()).contains("既有住宅自愿加装电梯");

		// Every page a visitor, then the administrator, can reach by links answers
		// without a
		// server error: the repositories Spring AOT generated serve them all.
		List<String> failures = new ArrayList<>();
		int publicPages = crawl(resident, "/", failures);
		StaffClient admin = new StaffClient(port);
		assertThat(admin.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		int staffPages = crawl(admin, "/staff", failures);
		Files.writeString(log.resolveSibling("crawl.txt"), "public addresses " + publicPages + ", staff addresses "
				+ staffPages + "\n" + String.join("\n", failures));
		assertThat(failures).as("server errors, of %d public and %d staff addresses", publicPages, staffPages)
			.isEmpty();
		assertThat(publicPages).as("public addresses visited").isGreaterThan(100);
		assertThat(staffPages).as("staff addresses visited").isGreaterThan(20);
	}

	/**
	 * Follows the links and redirects of the portal from {@code first} (GET only, this
	 * host only, up to {@link #CRAWL_LIMIT} addresses), collecting each address answered
	 * with a 5xx; returns how many it asked for.
	 */
	private static int crawl(StaffClient client, String first, List<String> failures) {
		Deque<String> waiting = new ArrayDeque<>(List.of(first));
		Set<String> seen = new HashSet<>(waiting);
		int visited = 0;
		while (!waiting.isEmpty() && visited < CRAWL_LIMIT) {
			String path = waiting.poll();
			HttpResponse<String> response = client.get(path);
			visited++;
			if (response.statusCode() >= 500) {
				failures.add(response.statusCode() + " " + path);
			}
			List<String> targets = new ArrayList<>();
			response.headers()
				.firstValue("Location")
				.ifPresent((location) -> targets.add(location.startsWith("/") ? client.base() + location : location));
			if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				for (Element link : Jsoup.parse(response.body(), client.base() + path).select("a[href]")) {
					targets.add(link.absUrl("href"));
				}
			}
			for (String target : targets) {
				if (!target.startsWith(client.base() + "/")) {
					continue;
				}
				String next = target.substring(client.base().length()).replaceFirst("#.*$", "");
				if (!next.isEmpty() && !next.startsWith("/actuator") && !next.contains("logout") && seen.add(next)) {
					waiting.add(next);
				}
			}
		}
		return visited;
	}

	@Test
	void theGeneratedStartRefusesTheDemoProfileNamingTheVariable() throws Exception {
		Started demo = start("demo", "--server.port=" + freePort(), "--spring.profiles.active=demo");
		assertThat(demo.process().waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("it stops by itself").isTrue();
		assertThat(demo.process().exitValue()).isNotZero();
		assertThat(Files.readString(demo.log(), StandardCharsets.UTF_8)).contains("remove demo")
			.contains("SPRING_PROFILES_ACTIVE");
	}

	/** A started jar and the file its output goes to. */
	private record Started(Process process, Path log) {
	}

	/** Starts the jar as the Dockerfile does, with its JVM options' argument file. */
	private Started start(String name, String... arguments) throws IOException {
		Path jar = Path.of(System.getProperty("portal.jar", "target/minsheng-tracker-0.1.0-SNAPSHOT.jar"));
		assertThat(jar).as("the packaged jar (./mvnw verify builds it first)").isRegularFile();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"@" + Path.of("src/main/docker/jvm.options").toAbsolutePath(), "-jar", jar.toString(),
						"--server.address=127.0.0.1"));
		command.addAll(List.of(arguments));
		Path log = Files.createDirectories(Path.of("target", "production-start")).resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		// The embedded database and nothing of this machine's settings, whatever CI has
		// set.
		builder.environment().keySet().removeIf((variable) -> variable.startsWith("SPRING_"));
		Process process = builder.start();
		this.started.add(process);
		return new Started(process, log);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
