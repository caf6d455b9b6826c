package org.minsheng.tracker.display;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The mode switch returns only to a path on this site. */
class LocalReturnTest {

	@Test
	void localPathsAreKept() {
		assertThat(LocalReturn.of("/plans/2025?area=HEALTH&lang=en").path())
			.isEqualTo("/plans/2025?area=HEALTH&lang=en");
		assertThat(LocalReturn.of("/search?q=%E7%94%B5%E6%A2%AF").path()).isEqualTo("/search?q=%E7%94%B5%E6%A2%AF");
	}

	@Test
	void anythingElseGoesHome() {
		for (String bad : new String[] { null, "", "https://evil.example", "//evil.example", "/\\evil.example",
				"javascript:alert(1)", "evil", "/\r\nSet-Cookie: x=1", "/%zz bad" }) {
			assertThat(LocalReturn.of(bad).path()).as(String.valueOf(bad)).isEqualTo("/");
		}
	}

}
