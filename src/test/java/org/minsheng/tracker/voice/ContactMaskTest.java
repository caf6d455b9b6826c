package org.minsheng.tracker.voice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactMaskTest {

	@Test
	void phoneNumbersKeepTheFirstThreeAndLastFourDigits() {
		assertThat(ContactMask.mask("13812345678")).isEqualTo("138****5678");
		assertThat(ContactMask.mask("+86 138-1234-5678")).isEqualTo("861****5678");
	}

	@Test
	void emailAddressesKeepTheFirstLetterAndTheDomain() {
		assertThat(ContactMask.mask("alice@example.com")).isEqualTo("a***@example.com");
	}

	@Test
	void anythingElseKeepsOneCharacterAndNothingStaysNothing() {
		assertThat(ContactMask.mask("0354")).isEqualTo("0***");
		assertThat(ContactMask.mask(null)).isNull();
		assertThat(ContactMask.mask("  ")).isNull();
	}

}
