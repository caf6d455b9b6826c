package org.minsheng.tracker.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that refers to kept parts by markers is sent exactly as if the parts had been
 * written into it, and nothing a visitor can write passes for a marker.
 */
class EncodedPartsTest {

	@Test
	void thePageIsTheSameAsWithThePartsWrittenIn() {
		EncodedParts parts = new EncodedParts();
		String card = "<li>第3件：公共场所配置AED 102台</li>";
		String chart = "<svg aria-label=\"完成率100%\"></svg>";
		String page = "<html lang=\"zh-CN\"><main>" + parts.add(EncodedParts.Part.of(card)) + "<p>中间</p>"
				+ parts.add(EncodedParts.Part.of(chart)) + parts.add(EncodedParts.Part.of(card)) + "</main></html>";

		byte[] sent = parts.splice(new StringBuilder(page), StandardCharsets.UTF_8);

		assertThat(new String(sent, StandardCharsets.UTF_8))
			.isEqualTo("<html lang=\"zh-CN\"><main>" + card + "<p>中间</p>" + chart + card + "</main></html>");
	}

	@Test
	void aLookAlikeWithoutThePagesNonceStaysText() {
		EncodedParts parts = new EncodedParts();
		String kept = parts.add(EncodedParts.Part.of("<b>kept</b>"));
		String forged = "\uE000000000000000000000000000:0\uE001";
		String wrongIndex = kept.replace(":0", ":7");
		String page = "<p>" + forged + "</p><p>" + wrongIndex + "</p>" + kept;

		String sent = new String(parts.splice(new StringBuilder(page), StandardCharsets.UTF_8), StandardCharsets.UTF_8);

		assertThat(sent).isEqualTo("<p>" + forged + "</p><p>" + wrongIndex + "</p><b>kept</b>");
	}

	@Test
	void anotherCharsetGetsThePartsInIt() {
		EncodedParts parts = new EncodedParts();
		String page = "<p>" + parts.add(EncodedParts.Part.of("AED é")) + "</p>";

		byte[] sent = parts.splice(new StringBuilder(page), StandardCharsets.ISO_8859_1);

		assertThat(sent).isEqualTo("<p>AED é</p>".getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void twoPagesDrawDifferentMarkers() {
		assertThat(new EncodedParts().add(EncodedParts.Part.of("x")))
			.isNotEqualTo(new EncodedParts().add(EncodedParts.Part.of("x")));
	}

}
