package org.minsheng.tracker.site;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.progress.Figure;
import org.minsheng.tracker.system.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;

/** When the sites in service add up to an indicator's approved figure, and when not. */
class IndicatorTallyTest {

	private static final LocalizedText NAME = new LocalizedText("加装电梯", "Elevators added");

	private static final LocalizedText UNIT = new LocalizedText("部", "elevators");

	@Test
	void fortySixReportedAndFortyFourListedDiffer() {
		IndicatorTally tally = new IndicatorTally(1L, NAME, UNIT, Figure.exactly(46), 45, 44);
		assertThat(tally.mismatch()).isTrue();
		assertThat(tally.reportedText()).isEqualTo("46");
		assertThat(tally.inServiceText()).isEqualTo("44");
	}

	@Test
	void asManyInServiceAsReportedAddUp() {
		assertThat(new IndicatorTally(1L, NAME, UNIT, Figure.exactly(46), 48, 46).mismatch()).isFalse();
	}

	@Test
	void aLowerBoundIsMetByAtLeastAsMany() {
		assertThat(new IndicatorTally(1L, NAME, UNIT, Figure.moreThan(200), 230, 230).mismatch()).isFalse();
		assertThat(new IndicatorTally(1L, NAME, UNIT, Figure.moreThan(200), 150, 150).mismatch()).isTrue();
	}

	@Test
	void noSitesOrNoFigureIsNoMismatch() {
		assertThat(new IndicatorTally(1L, NAME, UNIT, Figure.exactly(46), 0, 0).mismatch()).isFalse();
		assertThat(new IndicatorTally(1L, NAME, UNIT, null, 3, 3).mismatch()).isFalse();
	}

}
