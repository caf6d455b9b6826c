package org.minsheng.tracker.follow;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.minsheng.tracker.system.PortalProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The secret in a follower's links (confirm, unsubscribe): an HMAC of the follower's id
 * and sign-up time under the server's salt ({@code portal.voice.hash-salt}, the same on
 * every instance), so the notification emails can carry it; the table keeps only its
 * SHA-256 hash, and the table alone opens no link.
 */
@Component
class FollowTokens {

	private final byte[] key;

	@Autowired
	FollowTokens(PortalProperties settings) {
		this(settings.voice().hashSalt());
	}

	/** Tokens under this salt (the server's {@code portal.voice.hash-salt}). */
	FollowTokens(String salt) {
		this.key = ("follow|" + salt).getBytes(StandardCharsets.UTF_8);
	}

	/** The token of a saved follower's links (43 URL-safe characters). */
	String tokenOf(Follower follower) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] sum = mac.doFinal(
					(follower.getId() + "|" + follower.getCreatedAt().toEpochMilli()).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether a text can be a token at all (43 URL-safe characters). */
	static boolean isWellFormed(String token) {
		return token != null && token.matches("[A-Za-z0-9_-]{43}");
	}

}
