package org.minsheng.tracker.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese is cut into characters and pairs, Latin into words and their prefixes. */
class TokensTest {

	@Test
	void chineseTextHoldsEveryCharacterAndEveryPair() {
		assertThat(Tokens.ofText("加装电梯46部")).contains("加", "装", "电", "梯", "加装", "装电", "电梯", "46", "部")
			.doesNotContain("46部");
	}

	@Test
	void aQueryNeedsItsPairsOrItsSingleCharacter() {
		assertThat(Tokens.ofQuery("电梯")).containsExactly("电梯");
		assertThat(Tokens.ofQuery("社区食堂")).containsExactly("社区", "区食", "食堂");
		assertThat(Tokens.ofQuery("梯")).containsExactly("梯");
		assertThat(Tokens.ofQuery("  ")).isEmpty();
	}

	@Test
	void latinWordsMatchByPrefix() {
		assertThat(Tokens.ofText("Elevators added")).contains("ele", "elevator", "elevators", "add", "added");
		assertThat(Tokens.ofQuery("Elevator 5G")).containsExactly("elevator", "5g");
		assertThat(Tokens.ofText("5G base stations")).contains("5g");
	}

}
