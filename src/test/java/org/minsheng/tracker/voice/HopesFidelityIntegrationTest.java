package org.minsheng.tracker.voice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The residents' hopes for 2026 are seeded as the newspaper printed them: every quote,
 * name, place and byline is in the source text, no date is invented, and they appear with
 * the public suggestions marked as from the press.
 */
class HopesFidelityIntegrationTest extends PortalIntegrationTest {

	private static String source;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void readSource() throws IOException {
		try (InputStream in = new ClassPathResource("db/sources/000_667ab886b0e76dba.txt").getInputStream()) {
			source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private List<Map<String, Object>> hopes() {
		return this.jdbc.queryForList("SELECT s.*, d.code, d.published_on, k.code AS county_code FROM suggestion s "
				+ "JOIN source_document d ON d.id = s.source_document_id LEFT JOIN county k ON k.id = s.county_id "
				+ "WHERE s.origin = 'PRESS' ORDER BY s.id");
	}

	@Test
	void everyQuoteNamePlaceAndBylineIsVerbatimInTheSource() {
		List<Map<String, Object>> hopes = hopes();
		assertThat(hopes).hasSize(13);
		for (Map<String, Object> hope : hopes) {
			String quote = (String) hope.get("body");
			assertThat(source).as("quote").contains(quote);
			assertThat(source).as("quoted as printed").containsAnyOf("“" + quote + "”", "：“" + quote, quote + "”");
			for (String field : List.of("resident", "resident_described", "place_printed")) {
				if (hope.get(field) != null) {
					assertThat(source).as(field).contains((String) hope.get(field));
				}
			}
			assertThat(source).as("byline").contains("（" + hope.get("byline") + "）");
			assertThat(hope.get("code")).isEqualTo("jzrb-2026-hopes");
			assertThat(hope.get("published_on")).as("the page prints no date").isNull();
			assertThat(hope.get("state")).isEqualTo("PUBLISHED");
			assertThat(hope.get("contact")).isNull();
			assertThat(hope.get("body_fingerprint")).isEqualTo(Fingerprint.of(quote));
		}
		assertThat(hopes).extracting((h) -> h.get("resident"))
			.containsExactly("王芳", "李伟", "陈子航", "小李", "曹奶奶", null, "吴玉秀", "高桂梅", "马兴华", "王桂香", "李萌萌", "霍伟涛", "尹航");
		assertThat(hopes).extracting((h) -> h.get("byline"))
			.containsExactly("闫淑娟", "闫淑娟", "闫淑娟", "李娟", "李娟", "李娟", "王爱媛", "王爱媛", "张颖", "张颖", "武玲芳", "武玲芳", "张凯鹏");
		assertThat(hopes).extracting((h) -> h.get("area"))
			.containsExactly("EDUCATION", "EDUCATION", "EDUCATION", "HEALTH", "HEALTH", "HEALTH", "ELDERLY_CARE",
					"ELDERLY_CARE", "HOUSING", "HOUSING", "ECOLOGY", "ECOLOGY", "BUSINESS");
		assertThat(hopes).extracting((h) -> h.get("county_code"))
			.containsExactly("lingshi", null, null, "yuci", "heshun", null, "yuci", "shouyang", null, "yuci", "pingyao",
					"zuoquan", null);
	}

	@Test
	void theHopesAppearWithThePublicSuggestionsMarkedAsFromThePress() {
		Document list = page("/suggestions");
		assertThat(list.select(".suggestion-card")).hasSizeGreaterThanOrEqualTo(13);
		assertThat(list.select(".suggestion-card:has(.press-mark)")).hasSize(13);
		assertThat(list.text()).contains("期待家门口就有好学校、好老师，让孩子就近上学，享受公平优质教育。");
		Document filtered = page("/suggestions?area=ECOLOGY&county=zuoquan");
		assertThat(filtered.select(".suggestion-card")).hasSize(1);
		assertThat(filtered.text()).contains("霍伟涛");

		Long wangFang = this.jdbc.queryForObject("SELECT id FROM suggestion WHERE resident = '王芳'", Long.class);
		Document hope = page("/suggestions/" + wangFang);
		assertThat(hope.select(".origin").text()).isEqualTo("来自报道");
		assertThat(hope.select(".press-date").text()).isEqualTo("原文未印日期");
		assertThat(hope.select(".byline").text()).isEqualTo("闫淑娟");
		assertThat(hope.select(".press-source").text()).contains("灵石县静升镇").contains("晋中日报");
		assertThat(hope.select(".press-source a").attr("href")).endsWith("/sources/jzrb-2026-hopes");
	}

}
