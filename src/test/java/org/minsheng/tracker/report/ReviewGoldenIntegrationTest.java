package org.minsheng.tracker.report;

import java.io.IOException;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden test of the 2025 year-end review against item 1 of the newspaper's year in
 * review (the seed): the count of commitments delivered, and every figure the review
 * prints as it stands in the sentence it is quoted from.
 */
class ReviewGoldenIntegrationTest extends PortalIntegrationTest {

	@Test
	void theReviewsFiguresAreTheNewspapers() throws IOException {
		String seed = ExportIntegrationTest.seed();
		assertThat(seed).contains("16件民生实事高效完成");
		Document review = page("/plans/2025/review?asOf=2026-03-31");
		assertThat(review.selectFirst(".page-header .lead").text()).startsWith("2025年共承诺16件民生实事：已完成16件");
		List<Element> commitments = review.select("article.review-commitment");
		assertThat(commitments).hasSize(16);
		int figures = 0;
		for (Element commitment : commitments) {
			String quote = commitment.selectFirst(".review-source q").text();
			assertThat(seed).as(commitment.id()).contains(quote);
			for (Element row : commitment.select("table.review-indicators tbody tr")) {
				String actual = row.selectFirst("td.actual").text();
				if (actual.equals("已完成")) {
					continue;
				}
				assertThat(printedIn(quote, actual)).as("%s %s in 「%s」", commitment.id(), actual, quote).isTrue();
				figures++;
			}
		}
		assertThat(figures).isGreaterThanOrEqualTo(20);
	}

	/** A figure as the review prints it ("1900名", "8.7万批次", "100%") in the quote. */
	private static boolean printedIn(String quote, String figure) {
		if (figure.equals("100%")) {
			return quote.contains("所有") || quote.contains("全部") || quote.contains("全面") || quote.contains("100%");
		}
		return quote.contains(figure) || quote.contains(figure.replaceAll("[^0-9.万多]", ""));
	}

}
