package org.minsheng.tracker.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link to the dashboard or a commitment, pasted into a chat app, previews its title,
 * its essential figures and a PNG card of its progress; the printed page carries a QR
 * code that reads back as the page's address.
 */
class ShareWebTest extends PortalIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> bytes(String absolute) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(absolute)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private BufferedImage png(String absolute) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = bytes(absolute);
		assertThat(response.statusCode()).as(absolute).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
		return ImageIO.read(new ByteArrayInputStream(response.body()));
	}

	private static String meta(Document page, String property) {
		return page.selectFirst("meta[property=" + property + "]").attr("content");
	}

	@Test
	void theDashboardAndACommitmentPreviewWithTheirOwnCard() throws Exception {
		Document board = page("/plans/2025");
		assertThat(meta(board, "og:title")).isEqualTo("2025年晋中市16件民生实事");
		assertThat(meta(board, "og:description")).isEqualTo("16件民生实事，已完成16件，其中超额完成1件；总体完成率100%。");
		assertThat(meta(board, "og:image")).isEqualTo(url("/share/plans/2025.png"));
		BufferedImage card = png(meta(board, "og:image"));
		assertThat(card.getWidth()).isEqualTo(1200);
		assertThat(card.getHeight()).isEqualTo(630);
		assertThat(inkShare(card)).as("the card is painted, not blank").isGreaterThan(0.05);

		Document commitment = page("/plans/2025/commitments/4?lang=en");
		assertThat(meta(commitment, "og:title")).contains("No. 4");
		assertThat(meta(commitment, "og:description")).contains("100%");
		assertThat(meta(commitment, "og:image")).isEqualTo(url("/share/plans/2025/commitments/4.png?lang=en"));
		assertThat(png(meta(commitment, "og:image")).getWidth()).isEqualTo(1200);

		Document stories = page("/stories");
		assertThat(meta(stories, "og:image")).isEqualTo(url("/share/site.png"));
		assertThat(png(meta(stories, "og:image")).getHeight()).isEqualTo(630);
		assertThat(bytes(url("/share/plans/2031/commitments/4.png")).statusCode()).isEqualTo(404);
	}

	@Test
	void thePrintedPageCarriesAQrCodeOfItsAddress() throws Exception {
		Document commitment = page("/plans/2025/commitments/4");
		String src = commitment.selectFirst(".share-qr img").attr("src");
		assertThat(commitment.selectFirst(".share-qr img").attr("alt")).contains(url("/plans/2025/commitments/4"));
		BufferedImage qr = png(url(src));
		String decoded = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(qr))))
			.getText();
		assertThat(decoded).isEqualTo(url("/plans/2025/commitments/4"));
		assertThat(page("/plans/2025").select(".share-qr img")).hasSize(1);
		assertThat(page("/stories").select(".share-qr")).isEmpty();
	}

	@Test
	void qrCodesAreOnlyForPagesOfThisSite() throws Exception {
		for (String path : new String[] { "https://evil.example/", "//evil.example/", "evil", "/<script>" }) {
			assertThat(bytes(url(
					"/share/qr.png?path=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8)))
				.statusCode()).as(path).isEqualTo(404);
		}
	}

	private static double inkShare(BufferedImage image) {
		long dark = 0;
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				int rgb = image.getRGB(x, y) & 0xFFFFFF;
				if (rgb != 0xFFFFFF) {
					dark++;
				}
			}
		}
		return dark / (double) ((image.getWidth() / 3) * (image.getHeight() / 3));
	}

}
