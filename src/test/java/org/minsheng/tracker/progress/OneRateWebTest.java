package org.minsheng.tracker.progress;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.ReportFixtures;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One figure, one percentage (issue 10, item 3): a commitment's card, its page header,
 * its indicator row and the API read the same rate, over-achievement included.
 */
class OneRateWebTest extends PortalIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private ReportFixtures reports;

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	private static JsonNode commitment(JsonNode plan, int number) {
		for (JsonNode commitment : plan.get("commitments")) {
			if (commitment.get("number").asInt() == number) {
				return commitment;
			}
		}
		throw new AssertionError("no commitment " + number);
	}

	@Test
	void anOverAchievedCommitmentReadsItsIndicatorsRateEverywhere() {
		Department housing = this.staff.department("housing", "市住建局");
		Long elevators = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.reports.approve(this.reports.submit(elevators, "49", null, null));

		Document board = page("/plans/2025");
		assertThat(board.selectFirst("#commitment-4 .rate").text()).isEqualTo("106.5%");
		assertThat(board.selectFirst("#commitment-13 .rate").text()).isEqualTo("超过100%");

		Document elevatorPage = page("/plans/2025/commitments/4");
		assertThat(elevatorPage.selectFirst(".overall .rate").text()).isEqualTo("106.5%");
		assertThat(elevatorPage.selectFirst("table.indicators td.rate .rate").text()).isEqualTo("106.5%");
		Document parks = page("/plans/2025/commitments/13");
		assertThat(parks.selectFirst(".overall .rate").text()).isEqualTo("超过100%");

		HttpResponse<String> api = get("/api/v1/plans/2025");
		JsonNode plan = JSON.readTree(api.body());
		assertThat(commitment(plan, 4).get("rate").decimalValue()).isEqualByComparingTo("106.5");
		assertThat(commitment(plan, 4).get("indicators").get(0).get("rate").decimalValue())
			.isEqualByComparingTo("106.5");
		assertThat(commitment(plan, 13).get("rate").decimalValue()).isEqualByComparingTo("100");
		assertThat(commitment(plan, 13).get("rateIsLowerBound").asBoolean()).isTrue();
		assertThat(commitment(plan, 13).get("indicators").findValues("rateIsLowerBound")).allMatch(JsonNode::asBoolean);
		assertThat(commitment(plan, 1).get("rateIsLowerBound").asBoolean()).isFalse();
	}

}
