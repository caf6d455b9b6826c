package org.minsheng.tracker.follow;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A resident's email address following one commitment: pending until they open the
 * confirmation link, then told of every newly approved figure. The secret token of their
 * links is kept only as its hash.
 */
@Entity
@Table(name = "follower")
class Follower {

	/** The longest email address (RFC 5321 path limit). */
	static final int MAX_EMAIL = 254;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commitment_id")
	private Long commitmentId;

	private String email;

	@Column(name = "token_hash")
	private String tokenHash;

	private String language;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	protected Follower() {
	}

	Follower(Long commitmentId, String email, String tokenHash, Locale locale, Instant now) {
		this.commitmentId = commitmentId;
		this.email = email;
		this.tokenHash = tokenHash;
		this.language = "en".equals(locale.getLanguage()) ? "en" : "zh";
		this.createdAt = now;
	}

	/** The address opened the confirmation link: from now on it is told of approvals. */
	void confirm(Instant now) {
		if (this.confirmedAt == null) {
			this.confirmedAt = now;
		}
	}

	boolean isConfirmed() {
		return this.confirmedAt != null;
	}

	/**
	 * A sign-up (again, before it was confirmed) at this moment: its links are made anew
	 * ({@link FollowTokens} signs the id with this time), and the wait for confirmation
	 * starts again.
	 */
	void renewToken(Instant now) {
		this.createdAt = now;
	}

	/** Stores the hash of the token its links now carry. */
	void useTokenHash(String tokenHash) {
		this.tokenHash = tokenHash;
	}

	Locale locale() {
		return "en".equals(this.language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	Long getId() {
		return this.id;
	}

	Long getCommitmentId() {
		return this.commitmentId;
	}

	String getEmail() {
		return this.email;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
