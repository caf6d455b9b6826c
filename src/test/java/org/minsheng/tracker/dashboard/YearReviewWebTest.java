package org.minsheng.tracker.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-end review is generated from the data and matches the newspaper's year-end
 * account.
 */
class YearReviewWebTest extends PortalIntegrationTest {

	@Test
	void reviewOf2025MatchesTheNewspaper() throws IOException {
		String source;
		try (InputStream in = new ClassPathResource("db/sources/002_1c9e6c71278836d0.txt").getInputStream()) {
			source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(source).contains("16件民生实事高效完成", "超额完成200多处体育设施建设");
		Document page = page("/plans/2025/review");
		assertThat(page.selectFirst("h1").text()).isEqualTo("2025年民生实事年度盘点");
		assertThat(page.selectFirst(".lead").text()).isEqualTo("2025年共承诺16件民生实事：已完成16件，其中超额完成1件；进度滞后0件；暂无数据0件。");
		assertThat(page.select(".review-commitment")).hasSize(16);
		assertThat(page.selectFirst("#review-13 .status").text()).isEqualTo("超额完成");
		assertThat(page.select("#review-13 td.actual").eachText()).containsExactly("200多处", "50多万人");
		assertThat(page.select("#review-15 td.actual").eachText()).containsExactly("已完成");
		assertThat(page.select(".review-source q").eachText())
			.allSatisfy((quote) -> assertThat(source).contains(quote));
		assertThat(page.selectFirst(".review-behind").text()).contains("没有进度滞后的项目。");
	}

	@Test
	void reviewInEnglishAndUnknownYear() {
		Document english = page("/plans/2025/review", "lang=en");
		assertThat(english.selectFirst(".lead").text())
			.startsWith("In 2025 the city promised 16 livelihood commitments");
		assertThat(get("/plans/1999/review").statusCode()).isEqualTo(404);
	}

}
