package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one mean of completion rates: plain mean of the known rates, one decimal, rounded
 * down.
 */
class MeanRateTest {

	private static BigDecimal mean(String... rates) {
		return MeanRate.of(Arrays.stream(rates).map((rate) -> (rate != null) ? new BigDecimal(rate) : null).toList());
	}

	@Test
	void noRateAtAllHasNoMean() {
		assertThat(MeanRate.of(List.of())).isNull();
		assertThat(mean((String) null, null)).isNull();
	}

	@Test
	void missingRatesAreLeftOutNotCountedAsZero() {
		assertThat(mean("80", null, "60")).isEqualByComparingTo("70.0");
	}

	@Test
	void roundsDownToOneDecimalSoAMeanNeverClaimsMore() {
		assertThat(mean("100", "99.9", "99.9")).isEqualByComparingTo("99.9");
		assertThat(mean("100", "100", "99.9")).as("99.966… is not yet 100").isEqualByComparingTo("99.9");
		assertThat(mean("33.3", "33.4")).isEqualByComparingTo("33.3");
		assertThat(mean("0", "0.1")).isEqualByComparingTo("0.0");
	}

	@Test
	void hasExactlyOneDecimal() {
		assertThat(mean("50")).isEqualTo(new BigDecimal("50.0"));
		assertThat(mean("100", "100")).isEqualTo(new BigDecimal("100.0"));
	}

}
