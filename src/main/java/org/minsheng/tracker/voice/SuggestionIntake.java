package org.minsheng.tracker.voice;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.county.County;
import org.minsheng.tracker.system.PortalProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes suggestions from the public form: rate-limited per (hashed) client address,
 * duplicates pointed to the suggestion that already says the same, everything else stored
 * for moderation.
 */
@Service
public class SuggestionIntake {

	static final String ACTION = "suggest";

	private final Suggestions suggestions;

	private final CountyDirectory counties;

	private final RateLimiter limiter;

	private final ClientHashes hashes;

	private final Clock clock;

	private final int perHour;

	SuggestionIntake(Suggestions suggestions, CountyDirectory counties, RateLimiter limiter, ClientHashes hashes,
			Clock clock, PortalProperties settings) {
		this.suggestions = suggestions;
		this.counties = counties;
		this.limiter = limiter;
		this.hashes = hashes;
		this.clock = clock;
		this.perHour = settings.voice().suggestionsPerHour();
	}

	@Transactional
	public SubmissionOutcome submit(Submission submission, String remoteAddress) {
		if (!this.limiter.tryAcquire(ACTION, this.hashes.address(remoteAddress), this.perHour)) {
			return SubmissionOutcome.of(SubmissionOutcome.Kind.RATE_LIMITED);
		}
		List<Suggestion> same = this.suggestions.findSameText(Fingerprint.of(submission.text()),
				EnumSet.of(SuggestionState.PUBLISHED, SuggestionState.PENDING));
		for (Suggestion existing : same) {
			if (existing.isPublic()) {
				return new SubmissionOutcome(SubmissionOutcome.Kind.DUPLICATE_PUBLISHED, existing.getId());
			}
		}
		if (!same.isEmpty()) {
			return new SubmissionOutcome(SubmissionOutcome.Kind.DUPLICATE_PENDING, same.get(0).getId());
		}
		County county = (submission.countyCode() != null) ? this.counties.byCode(submission.countyCode()).orElse(null)
				: null;
		Suggestion saved = this.suggestions.save(Suggestion.submitted(submission.area(), county, submission.text(),
				submission.contact(), this.clock.instant()));
		return new SubmissionOutcome(SubmissionOutcome.Kind.RECEIVED, saved.getId());
	}

	/**
	 * A form a bot filled in (the hidden field has a value): counted against the address
	 * like a submission, and otherwise ignored.
	 */
	public void trap(String remoteAddress) {
		this.limiter.tryAcquire(ACTION, this.hashes.address(remoteAddress), this.perHour);
	}

}
