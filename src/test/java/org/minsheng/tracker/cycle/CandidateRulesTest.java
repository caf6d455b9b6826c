package org.minsheng.tracker.cycle;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.system.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A candidate as staff type it: indicators one a line, suggestions as numbers, every
 * mistake named.
 */
class CandidateRulesTest {

	@Test
	void indicatorsAreCountsPercentagesOrTasks() {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		List<CandidateIndicator> lines = CandidateRules.indicators("新建学校；所；12\n入学率; %; 99.5\n\n办好家长学校", problems);
		problems.throwIfAny();
		assertThat(lines).extracting(CandidateIndicator::getKind)
			.containsExactly(IndicatorKind.COUNT, IndicatorKind.PERCENTAGE, IndicatorKind.QUALITATIVE);
		assertThat(lines.get(1).getTarget()).isEqualByComparingTo(new BigDecimal("99.5"));
		assertThat(lines.get(0).asLine()).isEqualTo("新建学校; 所; 12");
	}

	@Test
	void everyMistakeIsNamedWithItsLine() {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		CandidateRules.read(" ", null, "", "NOWHERE", null, "-5", List.of(), "12, x3", "名称；个；-1\n比例；%；120\n没有单位；；5",
				problems);
		assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.getProblems()).extracting((p) -> p.messageKey())
					.containsExactly("cycle.error.title", "cycle.error.description", "admin.commitment.error.area",
							"cycle.error.cost", "cycle.error.suggestionNumber", "cycle.error.indicatorTarget",
							"cycle.error.indicatorPercentage", "cycle.error.indicatorUnit"));
	}

	@Test
	void suggestionsAreNumbersInAnySeparator() {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		CandidateInput input = CandidateRules.read("项目", null, "说明", "HEALTH", null, "1,200.50", List.of("yuci"),
				"#12，13、14 15", "指标；个；1", problems);
		problems.throwIfAny();
		assertThat(input.suggestionIds()).containsExactlyInAnyOrder(12L, 13L, 14L, 15L);
		assertThat(input.estimatedCost()).isEqualByComparingTo(new BigDecimal("1200.50"));
	}

}
