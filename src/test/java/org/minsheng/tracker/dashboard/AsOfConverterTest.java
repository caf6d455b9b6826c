package org.minsheng.tracker.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.system.BadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code asOf} parameter: blank is the latest figures, a past day or today (in the
 * city, eight hours ahead of UTC) is the end of that day, and a malformed or future date
 * is refused with the message saying which.
 */
class AsOfConverterTest {

	/**
	 * 23:30 UTC on 31 March is already 1 April in Jinzhong; the city's clock carries the
	 * zone, as the application's {@code Clock} bean does.
	 */
	private final AsOfConverter converter = new AsOfConverter(
			Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ZoneId.of("Asia/Shanghai")));

	@Test
	void blankMeansTheLatestFigures() {
		AsOf latest = this.converter.convert("");
		assertThat(latest.isLatest()).isTrue();
		assertThat(latest.today()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(this.converter.convert("  ").isLatest()).isTrue();
	}

	@Test
	void aPastDayOrTheCitysTodayIsTheEndOfThatDay() {
		AsOf day = this.converter.convert(" 2026-03-01 ");
		assertThat(day.day()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(day.cutoff()).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
		assertThat(this.converter.convert("2026-04-01").day()).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void aMalformedOrFutureDateIsRefusedWithItsMessage() {
		for (String malformed : new String[] { "31/12/2025", "2026-02-30", "yesterday", "2026-3-1" }) {
			assertThatThrownBy(() -> this.converter.convert(malformed)).isInstanceOf(BadRequestException.class)
				.extracting((ex) -> ((BadRequestException) ex).getMessageKey())
				.isEqualTo("asOf.invalid");
		}
		assertThatThrownBy(() -> this.converter.convert("2026-04-02")).isInstanceOf(BadRequestException.class)
			.extracting((ex) -> ((BadRequestException) ex).getMessageKey())
			.isEqualTo("asOf.future");
	}

}
