package org.minsheng.tracker.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure printed in item 1 of the 2025 year-in-review (the 16 commitments) is what
 * the pages show, and every quote on the pages is the newspaper's text to the letter. The
 * figures are read from the source document itself, not typed into this test.
 */
class SeedFidelityIntegrationTest extends PortalIntegrationTest {

	/** A printed amount: "1900", "8.7万", "200多", "50多万"; not the "5" of "5G". */
	private static final Pattern PRINTED_FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?多?万?(?![\\dG.])");

	private static String itemOne() throws IOException {
		try (InputStream in = new ClassPathResource("db/sources/002_1c9e6c71278836d0.txt").getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.lines().filter((line) -> line.startsWith("年初承诺,年底践诺")).findFirst().orElseThrow();
		}
	}

	private static List<String> printedFigures(String quote) {
		List<String> figures = new ArrayList<>();
		Matcher matcher = PRINTED_FIGURE.matcher(quote);
		while (matcher.find()) {
			figures.add(matcher.group());
		}
		return figures;
	}

	@Test
	void sourceLineAnnouncesSixteenCommitmentsAndTheDashboardListsSixteen() throws IOException {
		assertThat(itemOne()).contains("16件民生实事高效完成");
		Document dashboard = page("/plans/2025");
		assertThat(dashboard.select(".commitment-card")).hasSize(16);
		assertThat(dashboard.select(".commitment-card .number").eachText()).containsExactly("第1件", "第2件", "第3件", "第4件",
				"第5件", "第6件", "第7件", "第8件", "第9件", "第10件", "第11件", "第12件", "第13件", "第14件", "第15件", "第16件");
	}

	@Test
	void everyQuoteIsVerbatimAndEveryPrintedFigureIsShown() throws IOException {
		String itemOne = itemOne();
		List<String> quotes = new ArrayList<>();
		int figuresChecked = 0;
		for (int number = 1; number <= 16; number++) {
			Document page = page("/plans/2025/commitments/" + number);
			String blockquote = page.selectFirst(".source-block blockquote").text();
			String quote = blockquote.substring(1, blockquote.length() - 1);
			assertThat(itemOne).as("quote of commitment %d", number).contains(quote);
			quotes.add(quote);
			String shown = String.join(" ", page.select("table.indicators td.actual").eachText());
			for (String figure : printedFigures(quote)) {
				assertThat(shown).as("commitment %d shows %s", number, figure).contains(figure);
				figuresChecked++;
			}
		}
		// The sixteen quotes are sixteen distinct clauses of item 1, in the order it
		// lists them.
		assertThat(quotes).doesNotHaveDuplicates();
		int position = -1;
		for (String quote : quotes) {
			int found = itemOne.indexOf(quote, position + 1);
			assertThat(found).as("order of %s", quote).isGreaterThan(position);
			position = found;
		}
		// Every figure printed in item 1's list of commitments was checked against a
		// page.
		String commitmentsPart = itemOne.substring(itemOne.indexOf("全年共免费"));
		assertThat(figuresChecked).isEqualTo(printedFigures(commitmentsPart).size());
	}

	@Test
	void coverageOfAllNewbornsIsShownAsOneHundredPercent() {
		Document page = page("/plans/2025/commitments/6");
		assertThat(page.selectFirst(".source-block blockquote").text()).contains("所有新生儿");
		assertThat(page.selectFirst("table.indicators td.actual").text()).isEqualTo("100%");
	}

	@Test
	void everyFigureNamesItsSourceAndDate() {
		for (int number = 1; number <= 16; number++) {
			Document page = page("/plans/2025/commitments/" + number);
			assertThat(page.selectFirst(".citation").text()).as("commitment %d", number)
				.contains("晋中日报", "2025年12月29日");
			assertThat(page.select("table.history tbody tr td:last-child").eachText()).as("commitment %d", number)
				.allSatisfy((cell) -> assertThat(cell).contains("晋中日报"));
		}
	}

}
