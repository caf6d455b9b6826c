package org.minsheng.tracker.dashboard;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page carries a "cite this page" block with a permalink fixed to a day.
 */
class CiteThisPageWebTest extends PortalIntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	private org.minsheng.tracker.support.PlanFixtures fixtures;

	@Test
	void everyPublicPageHasAPermalinkWithADay() {
		for (String path : List.of("/plans/2025", "/plans/2025/commitments/1", "/plans/2025/review", "/counties/yuci",
				"/sources/jzrb-2025-12-29-review", "/stories", "/stories/1", "/suggestions")) {
			Document page = page(path);
			assertThat(page.select(".cite .permalink")).as(path).hasSize(1);
			assertThat(page.selectFirst(".cite .permalink").attr("href")).as(path)
				.matches(".*" + java.util.regex.Pattern.quote(path) + "\\?asOf=\\d{4}-\\d{2}-\\d{2}");
			assertThat(page.selectFirst(".cite").text()).as(path).contains("访问于");
		}
	}

	@Test
	void theComparisonKeepsItsYearsInThePermalink() {
		try {
			this.fixtures.publishedPlan(2090, 2, 1, 1, 50);
			Document page = page("/compare?years=2025,2090");
			assertThat(page.selectFirst(".cite .permalink").attr("href")).contains("/compare?years=2025,2090&asOf=");
		}
		finally {
			this.fixtures.removeSyntheticPlans();
		}
	}

}
