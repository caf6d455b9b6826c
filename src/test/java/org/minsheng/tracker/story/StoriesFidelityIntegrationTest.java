package org.minsheng.tracker.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stories are items 2–10 of the 2025 year-in-review as printed: every title,
 * paragraph, date and figure the database holds or a page shows is in the source text.
 */
class StoriesFidelityIntegrationTest extends PortalIntegrationTest {

	private static String source;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void readSource() throws IOException {
		try (InputStream in = new ClassPathResource("db/sources/002_1c9e6c71278836d0.txt").getInputStream()) {
			source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void itemsTwoToTenAreSeededVerbatimFromTheReview() {
		List<Map<String, Object>> stories = this.jdbc
			.queryForList("SELECT s.item_number, s.title_zh, s.body_zh, s.date_printed, s.byline, d.code FROM story s "
					+ "JOIN source_document d ON d.id = s.source_document_id ORDER BY s.item_number");
		assertThat(stories).extracting((s) -> ((Number) s.get("item_number")).intValue())
			.containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
		for (Map<String, Object> story : stories) {
			String body = (String) story.get("body_zh");
			assertThat(source).contains("### " + story.get("item_number") + " " + story.get("title_zh"));
			assertThat(body.split("\n")).allSatisfy((paragraph) -> assertThat(source).contains(paragraph));
			if (story.get("date_printed") != null) {
				assertThat(body).contains((String) story.get("date_printed"));
			}
			assertThat(story.get("code")).isEqualTo("jzrb-2025-12-29-review");
			assertThat(source).contains("本版撰稿:" + story.get("byline"));
		}
		List<Map<String, Object>> figures = this.jdbc
			.queryForList("SELECT f.printed, s.body_zh FROM story_figure f JOIN story s ON s.id = f.story_id");
		assertThat(figures).hasSizeGreaterThan(15);
		assertThat(figures)
			.allSatisfy((f) -> assertThat((String) f.get("body_zh")).contains((String) f.get("printed")));
	}

	@Test
	void theFiguresTheBriefNamesArePrintedAsInTheSource() {
		assertThat(figuresOf(4)).containsExactly("13项", "11个县(区、市)", "3.8", "7.41万人", "约2.66亿元");
		assertThat(figuresOf(5)).containsExactly("1月27日");
		assertThat(figuresOf(6)).containsExactly("4月28日", "12356", "18小时");
		assertThat(figuresOf(8)).containsExactly("7月9日", "约10天");
		assertThat(figuresOf(9)).containsExactly("10月9日", "6条专线", "6大住宅区", "300余名学生");
		assertThat(figuresOf(10)).containsExactly("12月26日", "15个点位");
	}

	@Test
	void onlyItemThreeIsLinkedToACommitmentAndTheVegetableVansSaySoToo() {
		assertThat(this.jdbc.queryForList("SELECT s.item_number FROM story s WHERE s.commitment_id IS NOT NULL",
				Integer.class))
			.containsExactly(3);
		assertThat(this.jdbc.queryForObject(
				"SELECT c.number FROM story s JOIN commitment c ON c.id = s.commitment_id WHERE s.item_number = 3",
				Integer.class))
			.isEqualTo(15);
		Document vans = page("/stories/" + idOf(10));
		assertThat(vans.select(".link-note").text()).contains("均不对应");
		assertThat(vans.select(".facts").text()).contains("无对应的民生实事");
	}

	@Test
	void everyFigureAndDateAStoryPageShowsIsInTheSource() {
		for (int item = 2; item <= 10; item++) {
			Document story = page("/stories/" + idOf(item));
			assertThat(story.select("h1").text()).isNotBlank();
			assertThat(source).contains(story.select("h1").text());
			for (Element shown : story.select(".story-figure, .story-date")) {
				assertThat(source).as("item %d shows %s", item, shown.text()).contains(shown.text());
			}
			for (Element paragraph : story.select(".story-text p")) {
				assertThat(source).contains(paragraph.text());
			}
			assertThat(story.select(".source-ref").text()).contains("闫淑娟").contains("晋中日报");
		}
		Document train = page("/stories/" + idOf(5));
		assertThat(train.select(".story-date").text()).isEqualTo("1月27日");
		assertThat(train.select(".story-text").text()).contains("昔阳、和顺、左权三县告别不通客运列车历史");
	}

	@Test
	void theDashboardListsTheYearsStoriesAndTheStoryListLinksThem() {
		Document board = page("/plans/2025");
		assertThat(board.select(".stories .story-item a")).hasSize(9);
		assertThat(board.select(".stories").text()).contains("列车驰骋 情系老区").contains("果蔬便民 流动供给");
		Document list = page("/stories");
		assertThat(list.select(".story-item a")).hasSize(9);
		assertThat(get("/stories/999999").statusCode()).isEqualTo(404);
		assertThat(page("/stories/" + idOf(6) + "?lang=en").select(".summary-en").text()).contains("12356");
	}

	private List<String> figuresOf(int item) {
		return this.jdbc.queryForList("SELECT f.printed FROM story_figure f JOIN story s ON s.id = f.story_id "
				+ "WHERE s.item_number = ? ORDER BY f.position", String.class, item);
	}

	private Long idOf(int item) {
		return this.jdbc.queryForObject("SELECT id FROM story WHERE item_number = ?", Long.class, item);
	}

}
