package org.minsheng.tracker.bulletin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PaceFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden test of one month's bulletin (June of a synthetic past plan,
 * {@link PaceFixtures#pastPlan()}): the page's text and the PDF's text layer, line by
 * line, against the files in {@code src/test/resources/golden/}. A difference writes what
 * was rendered next to {@code target/} for review.
 */
class BulletinGoldenIntegrationTest extends PortalIntegrationTest {

	private static final String PAGE = "/plans/" + PaceFixtures.PAST_YEAR + "/bulletins/6";

	@Autowired
	private PaceFixtures pace;

	@BeforeEach
	void aPastPlan() {
		this.pace.pastPlan();
	}

	@AfterEach
	void removeIt() {
		this.pace.removePastPlan();
	}

	@Test
	void thePageReadsAsTheGoldenText() throws IOException {
		Document page = page(PAGE + "?lang=zh");
		String text = page.select("main h1, main h2, main p, main li")
			.stream()
			.map(Element::ownText)
			.filter((line) -> !line.isBlank())
			.collect(Collectors.joining("\n"));
		assertGolden("bulletin-2024-06.txt", text);
	}

	@Test
	void thePdfReadsAsTheGoldenText() throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(PAGE + ".pdf?lang=zh"))).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("minsheng-2024-bulletin-06.pdf");
		try (PDDocument document = Loader.loadPDF(response.body())) {
			String text = new PDFTextStripper().getText(document)
				.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.collect(Collectors.joining("\n"));
			assertGolden("bulletin-2024-06.pdf.txt", text);
		}
	}

	@Test
	void aMonthThatIsNotThereIsAClear404() {
		assertThat(get("/plans/" + PaceFixtures.PAST_YEAR + "/bulletins/13").statusCode()).isEqualTo(404);
		assertThat(page("/plans/" + PaceFixtures.PAST_YEAR + "/bulletins/abc?lang=zh").text())
			.contains("2024年没有“abc”月的月报");
		assertThat(get("/plans/2999/bulletins/1").statusCode()).isEqualTo(404);
		assertThat(page("/plans/" + PaceFixtures.PAST_YEAR + "/bulletins?lang=zh").select("main li")).hasSize(12);
	}

	private static void assertGolden(String name, String actual) throws IOException {
		Path golden = Path.of("src/test/resources/golden", name);
		if (!Files.exists(golden) || !Files.readString(golden, StandardCharsets.UTF_8).strip().equals(actual.strip())) {
			Files.createDirectories(Path.of("target", "golden-actual"));
			Files.writeString(Path.of("target", "golden-actual", name), actual + "\n", StandardCharsets.UTF_8);
		}
		assertThat(golden).as("golden file %s (actual in target/golden-actual)", name).exists();
		assertThat(actual.strip()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8).strip());
	}

}
