package org.minsheng.tracker.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public notice's window on fixed clocks: both ends included in Beijing time, final
 * only after it and with every objection answered.
 */
class PlanNoticeTest {

	private static Clock at(String instant) {
		return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
	}

	private final PlanNotice notice = PlanNotice.open(2090, LocalDate.of(2090, 3, 1), PlanNotice.DEFAULT_DAYS, "督查室",
			"0354-1234567");

	@Test
	void sevenDaysFromTheFirstDayBothIncluded() {
		assertThat(this.notice.getClosesOn()).isEqualTo(LocalDate.of(2090, 3, 7));
		assertThat(this.notice.isOpen(at("2090-02-28T15:59:00Z"))).as("23:59 the day before in Beijing").isFalse();
		assertThat(this.notice.isOpen(at("2090-02-28T16:00:00Z"))).as("00:00 the first day in Beijing").isTrue();
		assertThat(this.notice.isOpen(at("2090-03-07T15:59:00Z"))).as("23:59 the last day").isTrue();
		assertThat(this.notice.isOpen(at("2090-03-07T16:00:00Z"))).isFalse();
		assertThat(this.notice.isOver(at("2090-03-07T16:00:00Z"))).isTrue();
	}

	@Test
	void finalOnlyAfterTheWindowWithEveryObjectionAnswered() {
		assertThatThrownBy(() -> this.notice.finalise(0, at("2090-03-07T12:00:00Z")))
			.hasMessage("cycle.notice.error.stillOpen");
		assertThatThrownBy(() -> this.notice.finalise(2, at("2090-03-08T12:00:00Z")))
			.hasMessage("cycle.notice.error.unanswered");
		this.notice.finalise(0, at("2090-03-08T12:00:00Z"));
		assertThat(this.notice.isFinal()).isTrue();
		assertThat(this.notice.isOpen(at("2090-03-05T12:00:00Z"))).as("a final plan takes no objection").isFalse();
		assertThatThrownBy(() -> this.notice.finalise(0, at("2090-03-09T12:00:00Z")))
			.hasMessage("cycle.notice.error.finalised");
	}

	@Test
	void aNoticeNamesItsContactAndAReasonableWindow() {
		assertThatThrownBy(() -> PlanNotice.open(2090, LocalDate.of(2090, 3, 1), 0, "督查室", "0354"))
			.hasMessage("cycle.notice.error.days");
		assertThatThrownBy(() -> PlanNotice.open(2090, LocalDate.of(2090, 3, 1), 7, " ", "0354"))
			.hasMessage("cycle.notice.error.contact");
	}

}
