package org.minsheng.tracker.voice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The moderation rules on the suggestion itself.
 */
class SuggestionTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneOffset.UTC);

	private Suggestion pending(String text) {
		return Suggestion.submitted(Area.EDUCATION, null, text, " 13812345678 ", this.clock.instant());
	}

	@Test
	void aNewSuggestionWaitsWithItsTextTrimmedAndContactPrivate() {
		Suggestion suggestion = pending("  多建学校  ");
		assertThat(suggestion.getState()).isEqualTo(SuggestionState.PENDING);
		assertThat(suggestion.getBody()).isEqualTo("多建学校");
		assertThat(suggestion.isPublic()).isFalse();
		assertThat(suggestion.getContact()).isEqualTo("13812345678");
		assertThat(suggestion.getMaskedContact()).isEqualTo("138****5678");
		assertThat(suggestion.getBodyFingerprint()).isEqualTo(Fingerprint.of("多建，学校！"));
	}

	@Test
	void emptyOrOversizedTextIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> pending("   "));
		assertThatIllegalArgumentException().isThrownBy(() -> pending("字".repeat(Suggestion.MAX_TEXT + 1)));
	}

	@Test
	void publishedOnceAndNotDecidedAgain() {
		Suggestion suggestion = pending("多建学校");
		suggestion.publish(null, this.clock);
		assertThat(suggestion.isPublic()).isTrue();
		assertThat(suggestion.getModeratedAt()).isEqualTo(this.clock.instant());
		assertThatThrownBy(() -> suggestion.publish(null, this.clock)).isInstanceOf(ModerationException.class);
		assertThatThrownBy(() -> suggestion.reject(null, "重复", this.clock)).isInstanceOf(ModerationException.class);
	}

	@Test
	void aRejectionNeedsAReasonOfBoundedLength() {
		Suggestion suggestion = pending("多建学校");
		assertThatThrownBy(() -> suggestion.reject(null, " ", this.clock))
			.hasMessage("moderation.error.reasonRequired");
		assertThatThrownBy(() -> suggestion.reject(null, "长".repeat(501), this.clock))
			.hasMessage("moderation.error.reasonTooLong");
		suggestion.reject(null, " 广告 ", this.clock);
		assertThat(suggestion.getState()).isEqualTo(SuggestionState.REJECTED);
		assertThat(suggestion.getRejectionReason()).isEqualTo("广告");
	}

	@Test
	void mergedOnlyIntoAnotherPublishedSuggestion() {
		Suggestion target = pending("多建学校");
		Suggestion duplicate = pending("多建几所学校");
		assertThatThrownBy(() -> duplicate.mergeInto(duplicate, null, this.clock))
			.hasMessage("moderation.error.mergeIntoItself");
		assertThatThrownBy(() -> duplicate.mergeInto(target, null, this.clock))
			.hasMessage("moderation.error.mergeTargetNotPublished");
		target.publish(null, this.clock);
		duplicate.mergeInto(target, null, this.clock);
		assertThat(duplicate.getState()).isEqualTo(SuggestionState.MERGED);
		assertThat(duplicate.getMergedInto()).isSameAs(target);
	}

	@Test
	void onlyAPublishedSuggestionIsLinkedToACommitment() {
		Suggestion suggestion = pending("多建学校");
		assertThatThrownBy(() -> suggestion.linkTo(null)).hasMessage("moderation.error.linkNotPublished");
		suggestion.publish(null, this.clock);
		suggestion.linkTo(null);
		assertThat(suggestion.getCommitment()).isNull();
	}

}
