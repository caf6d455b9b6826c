package org.minsheng.tracker.follow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.minsheng.tracker.mail.MailOutbox;
import org.minsheng.tracker.mail.MailSettings;
import org.minsheng.tracker.mail.MailText;
import org.minsheng.tracker.mail.OutgoingMail;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.voice.VisitorGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up, confirmation and unsubscribe of residents following a commitment. A sign-up
 * queues one confirmation email (double opt-in); repeated before it is confirmed, it
 * renews the link; for an address already following, nothing is sent (the answer is the
 * same, so the form does not tell who follows what).
 */
@Service
public class Following {

	/** The rate-limit action of sign-ups (rate_limit_bucket.action). */
	static final String ACTION = "follow";

	private final Followers followers;

	private final PlanCatalog plans;

	private final VisitorGuard limits;

	private final MailOutbox outbox;

	private final MailText text;

	private final MailSettings mail;

	private final FollowSettings settings;

	private final FollowTokens tokens;

	private final Clock clock;

	Following(Followers followers, PlanCatalog plans, VisitorGuard limits, MailOutbox outbox, MailText text,
			MailSettings mail, FollowSettings settings, FollowTokens tokens, Clock clock) {
		this.followers = followers;
		this.tokens = tokens;
		this.plans = plans;
		this.limits = limits;
		this.outbox = outbox;
		this.text = text;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
	}

	/** What a sign-up did. */
	public enum SignUp {

		/** A confirmation email is on its way (or the address follows already). */
		SENT,
		/** Too many sign-ups from this client this hour: nothing saved. */
		RATE_LIMITED

	}

	/** A commitment that can be followed: of a published plan. */
	@Transactional(readOnly = true)
	public Commitment followable(int year, int number) {
		return this.plans.publishedPlan(year)
			.flatMap((plan) -> this.plans.commitment(plan, number))
			.orElseThrow(() -> new NotFoundException("notFound.commitment", year, number));
	}

	/**
	 * Signs an address up for a commitment's approvals and queues its confirmation email
	 * in the resident's language.
	 */
	@Transactional
	public SignUp signUp(int year, int number, String email, Locale locale, String remoteAddress) {
		Commitment commitment = followable(year, number);
		if (!this.limits.tryAcquire(ACTION, remoteAddress, this.settings.signUpsPerHour())) {
			return SignUp.RATE_LIMITED;
		}
		String address = normalize(email);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Optional<Follower> known = this.followers.findByCommitmentIdAndEmail(commitment.getId(), address);
		if (known.isPresent() && known.get().isConfirmed()) {
			return SignUp.SENT;
		}
		Follower follower = known.orElseGet(() -> this.followers.saveAndFlush(new Follower(commitment.getId(), address,
				FollowTokens.hash(UUID.randomUUID().toString()), locale, now)));
		follower.renewToken(now);
		String token = this.tokens.tokenOf(follower);
		follower.useTokenHash(FollowTokens.hash(token));
		this.followers.saveAndFlush(follower);
		this.outbox.forget(confirmationKey(follower) + ":");
		Locale language = follower.locale();
		String title = commitment.getTitle().in(language);
		String link = this.mail.link("/follow/confirm?token=" + token);
		this.outbox.enqueue(
				new OutgoingMail(confirmationKey(follower) + ":" + now.toEpochMilli(), address,
						this.text.in(language, "follow.mail.confirm.subject", title),
						this.text.in(language, "follow.mail.confirm.body", title, String.valueOf(year),
								String.valueOf(number), link, String.valueOf(this.settings.confirmWithinDays())),
						null));
		return SignUp.SENT;
	}

	/**
	 * Confirms the address whose link this is; empty for an unknown or expired link.
	 * @return the commitment followed, as (year, number)
	 */
	@Transactional
	public Optional<Followed> confirm(String token) {
		return find(token).filter((f) -> f.isConfirmed() || !expired(f)).map((follower) -> {
			follower.confirm(this.clock.instant());
			return followed(follower);
		});
	}

	/** The commitment a link is for, without changing anything (the pages' question). */
	@Transactional(readOnly = true)
	public Optional<Followed> lookUp(String token) {
		return find(token).map(this::followed);
	}

	/**
	 * Deletes the address whose link this is, with every email queued or sent to it for
	 * this commitment; false for an unknown link (unsubscribed already).
	 */
	@Transactional
	public boolean unsubscribe(String token) {
		Optional<Follower> follower = find(token);
		follower.ifPresent((f) -> {
			this.outbox.forget(notificationKeyPrefix(f));
			this.outbox.forget(confirmationKey(f) + ":");
			this.followers.delete(f);
		});
		return follower.isPresent();
	}

	/** Deletes sign-ups never confirmed within the set days; returns how many. */
	@Transactional
	public int forgetUnconfirmed() {
		Instant before = this.clock.instant().minus(Duration.ofDays(this.settings.confirmWithinDays()));
		List<Long> ids = this.followers.findUnconfirmedBefore(before);
		if (ids.isEmpty()) {
			return 0;
		}
		ids.forEach((id) -> this.outbox.forget("follow-confirm:" + id + ":"));
		return this.followers.deleteAllByIds(ids);
	}

	/** A followed commitment, by year and number. */
	public record Followed(int year, int number) {
	}

	private Followed followed(Follower follower) {
		Commitment commitment = this.plans.publishedCommitments(List.of(follower.getCommitmentId()))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("notFound.page"));
		return new Followed(commitment.getPlan().getYear(), commitment.getNumber());
	}

	private boolean expired(Follower follower) {
		return follower.getCreatedAt()
			.isBefore(this.clock.instant().minus(Duration.ofDays(this.settings.confirmWithinDays())));
	}

	private Optional<Follower> find(String token) {
		if (!FollowTokens.isWellFormed(token)) {
			return Optional.empty();
		}
		return this.followers.findByTokenHash(FollowTokens.hash(token));
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	static String confirmationKey(Follower follower) {
		return "follow-confirm:" + follower.getId();
	}

	static String notificationKeyPrefix(Follower follower) {
		return "follow:" + follower.getId() + ":";
	}

}
