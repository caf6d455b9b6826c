package org.minsheng.tracker.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one optimistic-lock check: the version seen must be the stored one, and a missing
 * version is refused, never skipped.
 */
class VersionsTest {

	static class Stale extends RuntimeException {

	}

	@Test
	void theVersionSeenPasses() {
		assertThatCode(() -> Versions.require(3L, 3, Stale::new)).doesNotThrowAnyException();
	}

	@Test
	void anOlderOrNewerVersionIsRefused() {
		assertThatThrownBy(() -> Versions.require(2L, 3, Stale::new)).isInstanceOf(Stale.class);
		assertThatThrownBy(() -> Versions.require(4L, 3, Stale::new)).isInstanceOf(Stale.class);
	}

	@Test
	void aMissingVersionIsRefusedNotSkipped() {
		assertThatThrownBy(() -> Versions.require(null, 0, Stale::new)).isInstanceOf(Stale.class);
	}

}
