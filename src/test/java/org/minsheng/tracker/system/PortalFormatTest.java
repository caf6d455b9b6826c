package org.minsheng.tracker.system;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class PortalFormatTest {

	private final PortalFormat format = new PortalFormat(new StaticMessageSource());

	private String zh(long value, boolean lowerBound) {
		return this.format.figure(BigDecimal.valueOf(value), lowerBound, Locale.SIMPLIFIED_CHINESE);
	}

	private String en(long value, boolean lowerBound) {
		return this.format.figure(BigDecimal.valueOf(value), lowerBound, Locale.ENGLISH);
	}

	@Test
	void chineseCountsLargeRoundAmountsInWanAsTheNewspaperPrintsThem() {
		assertThat(zh(87_000, false)).isEqualTo("8.7万");
		assertThat(zh(500_000, true)).isEqualTo("50多万");
		assertThat(zh(200, true)).isEqualTo("200多");
		assertThat(zh(6_999, false)).isEqualTo("6999");
		assertThat(zh(12_345, false)).isEqualTo("12345");
	}

	@Test
	void englishGroupsDigitsAndMarksLowerBoundsWithPlus() {
		assertThat(en(87_000, false)).isEqualTo("87,000");
		assertThat(en(500_000, true)).isEqualTo("500,000+");
		assertThat(en(6_999, false)).isEqualTo("6,999");
	}

	@Test
	void decimalsLoseTrailingZeros() {
		assertThat(this.format.figure(new BigDecimal("99.50"), false, Locale.SIMPLIFIED_CHINESE)).isEqualTo("99.5");
		assertThat(this.format.figure(new BigDecimal("1900.00"), false, Locale.ENGLISH)).isEqualTo("1,900");
	}

	@Test
	void barWidthIsClampedToTheBar() {
		assertThat(this.format.barWidth(new BigDecimal("150"))).isEqualTo("100");
		assertThat(this.format.barWidth(new BigDecimal("37.5"))).isEqualTo("37.5");
	}

}
