package org.minsheng.tracker.report;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review as a PDF: its text layer holds the Chinese title and the commitments'
 * titles, its fonts are embedded, {@code asOf} applies, and a missing font is a clear 503
 * page rather than a stack trace.
 */
class ReviewPdfIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private PdfPrinter pdf;

	private static String text(byte[] body) throws IOException {
		try (PDDocument document = Loader.loadPDF(body)) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	@Test
	void theReviewsTextLayerHoldsTheChineseTitles() throws IOException {
		HttpResponse<byte[]> response = new ReportClient(this.port).download("/plans/2025/review.pdf?asOf=2026-03-31");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("minsheng-2025-review-asof-2026-03-31.pdf");
		Path file = Path.of("target", "review-2025.pdf");
		Files.write(file, response.body());
		String text = text(response.body());
		assertThat(text).contains("2025年民生实事年度盘点", "既有住宅自愿加装电梯", "公共场所配置AED与急救培训", "6999人", "2025年共承诺16件民生实事：已完成16件");

		String before = text(new ReportClient(this.port).download("/plans/2025/review.pdf?asOf=2025-12-28").body());
		assertThat(before).contains("2025年12月28日日终", "已完成0件", "暂无数据16件");
		assertThat(new ReportClient(this.port).download("/plans/1999/review.pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void aMissingFontIsExplained() {
		File font = (File) ReflectionTestUtils.getField(this.pdf, "font");
		ReflectionTestUtils.setField(this.pdf, "font", new File("/nonexistent/font.ttf"));
		try {
			HttpResponse<String> response = get("/plans/2025/review.pdf");
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(Jsoup.parse(response.body()).selectFirst(".error-message").text()).startsWith("服务器缺少显示中文所需的字体");
		}
		finally {
			ReflectionTestUtils.setField(this.pdf, "font", font);
		}
	}

}
