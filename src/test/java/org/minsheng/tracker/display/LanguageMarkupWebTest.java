package org.minsheng.tracker.display;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English pages have no Chinese punctuation or untranslated Chinese left, except inside
 * elements marked {@code lang="zh-CN"} (the newspaper's words, names as printed); the
 * newspaper's quotes carry that mark in both languages.
 */
class LanguageMarkupWebTest extends PortalIntegrationTest {

	/** Chinese characters and full-width punctuation. */
	private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");

	@Autowired
	private JdbcTemplate jdbc;

	private List<String> pages() {
		Long suggestion = this.jdbc.queryForObject("SELECT MIN(id) FROM suggestion WHERE state = 'PUBLISHED'",
				Long.class);
		Long story = this.jdbc.queryForObject("SELECT MIN(id) FROM story", Long.class);
		return List.of("/plans/2025", "/plans/2025/commitments/1", "/plans/2025/commitments/4",
				"/plans/2025/commitments/16", "/counties/yuci", "/suggestions", "/suggestions/" + suggestion,
				"/stories", "/stories/" + story, "/plans/2025/review", "/compare?years=2025", "/search?q=elevator");
	}

	@Test
	void englishPagesLeaveNoChineseOutsideMarkedElements() {
		List<String> leaks = new ArrayList<>();
		for (String path : pages()) {
			Document page = page(path + (path.contains("?") ? "&" : "?") + "lang=en");
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
			NodeTraversor.traverse((node, depth) -> {
				if (node instanceof TextNode text && CHINESE.matcher(text.text()).find()
						&& !"zh-CN".equals(language(text.parent()))) {
					leaks.add(path + ": \"" + text.text().strip() + "\" in <" + ((Element) text.parent()).tagName()
							+ " class=" + ((Element) text.parent()).className() + ">");
				}
			}, page.body());
		}
		assertThat(leaks).as("Chinese text or punctuation in English pages, not marked zh-CN").isEmpty();
	}

	@Test
	void theNewspapersQuotesAreMarkedChineseInBothLanguages() {
		for (String lang : List.of("zh", "en")) {
			Document commitment = page("/plans/2025/commitments/4?lang=" + lang);
			assertThat(commitment.select("blockquote")).isNotEmpty()
				.allSatisfy((quote) -> assertThat(language(quote)).isEqualTo("zh-CN"));
			Document county = page("/counties/yuci?lang=" + lang);
			assertThat(county.select("blockquote")).allSatisfy((quote) -> {
				assertThat(language(quote)).isEqualTo("zh-CN");
				assertThat(CHINESE.matcher(quote.text()).find()).isTrue();
			});
		}
		Document chinese = page("/plans/2025/commitments/4?lang=zh");
		assertThat(chinese.select(".languages a[lang=en]").text()).isEqualTo("English");
	}

	private static String language(org.jsoup.nodes.Node node) {
		for (org.jsoup.nodes.Node n = node; n != null; n = n.parent()) {
			if (n instanceof Element e && e.hasAttr("lang")) {
				return e.attr("lang");
			}
		}
		return "";
	}

}
