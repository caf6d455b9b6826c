package org.minsheng.tracker.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleTextTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\u202E", "\u200B\u200B", "\u3000\t\n", "\u0007", "\u0301", "\uE000",
			"\u2066\u2069" })
	void aTextOfInvisibleCharactersOnlyIsBlank(String text) {
		assertThat(VisibleText.isBlank(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "重复统计", "a", "\u202E数据有误", " 1 ", "😀", "。" })
	void aTextWithOneVisibleCharacterIsNot(String text) {
		assertThat(VisibleText.isBlank(text)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void nullIsBlank() {
		assertThat(VisibleText.isBlank(null)).isTrue();
	}

}
