package org.minsheng.tracker.follow;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class FollowTokensTest {

	private static FollowTokens tokens(String salt) {
		return new FollowTokens(salt);
	}

	private static Follower follower(long id, String signedUpAt) {
		Follower follower = new Follower(4L, "resident@example.org", "x", Locale.SIMPLIFIED_CHINESE,
				Instant.parse(signedUpAt));
		ReflectionTestUtils.setField(follower, "id", id);
		return follower;
	}

	@Test
	void aTokenIsTheSameForTheSameSignUpAndDiffersForAnyOther() {
		FollowTokens tokens = tokens("a-long-random-salt");
		String token = tokens.tokenOf(follower(1, "2025-12-03T02:00:00Z"));
		assertThat(FollowTokens.isWellFormed(token)).isTrue();
		assertThat(tokens.tokenOf(follower(1, "2025-12-03T02:00:00Z"))).isEqualTo(token);
		assertThat(tokens.tokenOf(follower(2, "2025-12-03T02:00:00Z"))).isNotEqualTo(token);
		assertThat(tokens.tokenOf(follower(1, "2025-12-03T02:00:00.001Z"))).as("signed up again").isNotEqualTo(token);
		assertThat(tokens("another-salt").tokenOf(follower(1, "2025-12-03T02:00:00Z"))).isNotEqualTo(token);
		assertThat(FollowTokens.hash(token)).hasSize(64).isNotEqualTo(token);
	}

	@Test
	void onlyWellFormedTokensAreLookedUp() {
		assertThat(FollowTokens.isWellFormed(null)).isFalse();
		assertThat(FollowTokens.isWellFormed("short")).isFalse();
		assertThat(FollowTokens.isWellFormed("a".repeat(42) + "'")).isFalse();
	}

}
