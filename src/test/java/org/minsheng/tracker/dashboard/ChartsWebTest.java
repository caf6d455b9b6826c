package org.minsheng.tracker.dashboard;

import java.util.Arrays;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The charts in the rendered pages match the figures, have text alternatives and data
 * tables, and format numbers per language.
 */
class ChartsWebTest extends PortalIntegrationTest {

	@Autowired
	private PlanFixtures fixtures;

	@AfterEach
	void removeSyntheticData() {
		this.fixtures.removeSyntheticPlans();
	}

	private static double number(Element element, String attribute) {
		return Double.parseDouble(element.attr(attribute));
	}

	/** Every chart image names its title and description, and both exist in the svg. */
	private static void assertTextAlternatives(Document page) {
		Elements images = page.select("svg.chart[role=img]");
		assertThat(images).isNotEmpty();
		for (Element svg : images) {
			String[] ids = svg.attr("aria-labelledby").split(" ");
			assertThat(ids).hasSize(2);
			assertThat(svg.selectFirst("title#" + ids[0])).isNotNull();
			assertThat(svg.selectFirst("title#" + ids[0]).text()).isNotBlank();
			assertThat(svg.selectFirst("desc#" + ids[1])).isNotNull();
			assertThat(svg.selectFirst("desc#" + ids[1]).text()).isNotBlank();
		}
	}

	@Test
	void the2025DashboardShowsSixteenDeliveredAndABarForEveryArea() {
		Document page = page("/plans/2025?lang=zh");
		assertTextAlternatives(page);

		Element statuses = page.selectFirst("#chart-statuses");
		assertThat(statuses.selectFirst(".chart-big").text()).isEqualTo("已完成 16 / 16 件");
		assertThat(statuses.selectFirst("svg").attr("data-total")).isEqualTo("16");
		assertThat(statuses.select("g.segment").stream().mapToInt((g) -> Integer.parseInt(g.attr("data-count"))).sum())
			.isEqualTo(16);
		assertThat(statuses.select("g.segment[data-status=OVER_ACHIEVED]").attr("data-count")).isEqualTo("1");
		assertThat(statuses.select("g.segment").stream().map((g) -> g.attr("data-status")))
			.allMatch((s) -> List.of("OVER_ACHIEVED", "COMPLETED", "QUALITATIVE_DONE").contains(s));
		assertThat(statuses.select("table td")).extracting(Element::text).contains("1", "3");

		List<String> areas = page.select("#filter-area option[value~=.+]").eachAttr("value");
		Element areaChart = page.selectFirst("#chart-areas");
		assertThat(areaChart.select("g.bar-row").eachAttr("data-area")).containsExactlyElementsOf(areas);
		for (Element row : areaChart.select("g.bar-row")) {
			Element bar = row.selectFirst("rect.bar-value");
			if (row.attr("data-value").isEmpty()) {
				assertThat(bar).as("no bar without a rate").isNull();
			}
			else {
				assertThat(number(bar, "width")).isCloseTo(Double.parseDouble(row.attr("data-value")) * 3.6,
						within(0.1));
			}
		}
		assertThat(areaChart.select("g.bar-row[data-area=HEALTH] .chart-value").text()).isEqualTo("100%");
		assertThat(areaChart.select("table tr[data-area=HEALTH] td")).extracting(Element::text)
			.containsExactly("3", "100%");

		Element pace = page.selectFirst("#chart-pace svg");
		assertThat(pace.attr("data-rate")).isEqualTo("100");
		assertThat(number(pace.selectFirst("rect.pace-bar"), "width")).isEqualTo(360.0);
		assertThat(page.selectFirst("#chart-years")).as("one published plan: no comparison").isNull();
	}

	@Test
	void mapLabelsNeverOverlapInEitherLanguage() {
		for (String path : List.of("/plans/2025", "/plans/2025/commitments/4", "/plans/2025/commitments/3")) {
			for (String lang : List.of("zh", "en")) {
				List<double[]> boxes = page(path + "?lang=" + lang).select("#main g.map-label-group")
					.eachAttr("data-box")
					.stream()
					.map((box) -> Arrays.stream(box.split(",")).mapToDouble(Double::parseDouble).toArray())
					.toList();
				assertThat(boxes).as(path + " " + lang).isNotEmpty();
				for (int i = 0; i < boxes.size(); i++) {
					for (int j = i + 1; j < boxes.size(); j++) {
						double[] a = boxes.get(i);
						double[] b = boxes.get(j);
						boolean overlap = Math.abs(a[0] - b[0]) < (a[2] + b[2]) / 2
								&& Math.abs(a[1] - b[1]) < (a[3] + b[3]) / 2;
						assertThat(overlap).as("%s %s: labels %d and %d overlap", path, lang, i, j).isFalse();
					}
				}
			}
		}
	}

	@Test
	void theCountyMapLinksEveryCountyAndNeverShowsMissingDataAsZero() {
		Document page = page("/plans/2025?lang=zh");
		Elements regions = page.select("#plan-map svg a.map-region");
		assertThat(regions).hasSize(11);
		assertThat(regions).allSatisfy((a) -> {
			assertThat(a.attr("href")).isEqualTo("/counties/" + a.attr("data-county"));
			Element label = page.selectFirst("#plan-map g.map-label-group[data-county=" + a.attr("data-county") + "]");
			assertThat(a.attr("aria-label")).as("the link's name is the label it shows").isEqualTo(label.text());
		});
		assertThat(page.select("#plan-map a.map-region[data-value=1]").eachAttr("data-county"))
			.containsExactlyInAnyOrder("yuci", "shouyang", "xiyang");
		Element lingshi = page.selectFirst("#plan-map a.map-region[data-county=lingshi]");
		assertThat(lingshi.attr("data-shade")).isEqualTo("NO_DATA");
		assertThat(lingshi.attr("data-value")).isEmpty();
		assertThat(page.select("#plan-map g.map-label-group[data-county=lingshi] text.map-value").text())
			.isEqualTo("暂无数据");
		assertThat(lingshi.select("path.region-pattern")).hasSize(1);
		assertThat(page.select("#plan-map table tr[data-county=yuci] td").text()).isEqualTo("1件");

		Document commitment = page("/plans/2025/commitments/4", "lang=en");
		assertThat(commitment.select("#commitment-map a.map-region[data-shade=MENTIONED]").eachAttr("data-county"))
			.containsExactlyInAnyOrder("yuci", "shouyang", "xiyang");
		assertThat(commitment.select("#commitment-map table tr[data-county=lingshi] td").text()).isEqualTo("No data");
	}

	@Test
	void theCommitmentPageDrawsEachFigureOverTimeAgainstItsTargetAndTheCountyBars() {
		this.fixtures.publishedPlan(2090, 1, 1, 3, 87_000);
		Document page = page("/plans/2090/commitments/1?lang=zh");
		assertTextAlternatives(page);
		Element steps = page.selectFirst("#steps-1 svg");
		assertThat(steps.attr("data-max")).isEqualTo("100000");
		Elements points = steps.select("circle.step-point");
		assertThat(points.eachAttr("data-value")).containsExactly("29000", "58000", "87000");
		assertThat(points.eachAttr("data-day")).containsExactly("2090-01-01", "2090-01-02", "2090-01-03");
		for (Element point : points) {
			assertThat(number(point, "cy"))
				.isCloseTo(164 - Double.parseDouble(point.attr("data-value")) / 100_000 * 150, within(0.1));
		}
		assertThat(number(points.get(0), "cx")).isLessThan(number(points.get(1), "cx"));
		Element target = steps.selectFirst("line.target-line");
		assertThat(target.attr("data-target")).isEqualTo("100");
		assertThat(number(target, "y1")).isCloseTo(164 - 100.0 / 100_000 * 150, within(0.1));
		assertThat(page.select("#steps-1 table td")).extracting(Element::text).contains("8.7万个", "2.9万个");
		assertThat(steps.selectFirst("desc").text()).contains("8.7万个");

		Element bars = page.selectFirst("#county-bars-1");
		assertThat(bars.select("g.bar-row").eachAttr("data-county")).containsExactly("yuci");
		assertThat(number(bars.selectFirst("rect.bar-value"), "width")).isEqualTo(360.0);
		assertThat(bars.select(".chart-value").text()).isEqualTo("8.7万个");
		assertThat(page.select("#commitment-map a.map-region[data-county=yuci]").attr("data-shade"))
			.isEqualTo("LEVEL_4");

		Document english = page("/plans/2090/commitments/1", "lang=en");
		assertThat(english.select("#county-bars-1 .chart-value").text()).isEqualTo("87,000 items");
		assertThat(english.select("#steps-1 table td")).extracting(Element::text).contains("87,000 items");
		assertThat(english.select("#steps-1 .axis-label")).extracting(Element::text).contains("100,000", "Jan");
		assertThat(english.select("#commitment-map table tr[data-county=yuci] td").text()).isEqualTo("87,000 items");
	}

	@Test
	void yearsAreComparedByAreaOnceThereIsMoreThanOnePlan() {
		this.fixtures.publishedPlan(2090, 3, 1, 1, 50);
		Document page = page("/plans/2025", "lang=en");
		Element years = page.selectFirst("#chart-years");
		assertThat(years).isNotNull();
		assertThat(years.select("svg").attr("role")).isEqualTo("img");
		assertThat(years.select("thead th")).extracting(Element::text).containsExactly("Area", "2025", "2090");
		Element housing2090 = years.selectFirst("g.bar-group[data-area=HOUSING] g.bar-row[data-year=2090]");
		assertThat(housing2090.attr("data-value")).isEqualTo("50");
		assertThat(number(housing2090.selectFirst("rect.bar-value"), "width")).isEqualTo(126.0);
		Element housing2025 = years.selectFirst("g.bar-group[data-area=HOUSING] g.bar-row[data-year=2025]");
		assertThat(number(housing2025.selectFirst("rect.bar-value"), "width")).isEqualTo(252.0);
		Element digital2090 = years.selectFirst("g.bar-group[data-area=DIGITAL] g.bar-row[data-year=2090]");
		assertThat(digital2090.selectFirst("rect.bar-value")).as("no commitment: no bar, not zero").isNull();
		assertThat(digital2090.select(".chart-value").text()).isEqualTo("No data");
		assertThat(years.select("table tr[data-area=HOUSING] td[data-year=2090]").text()).isEqualTo("50%");
	}

}
