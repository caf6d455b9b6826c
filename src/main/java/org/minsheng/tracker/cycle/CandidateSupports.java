package org.minsheng.tracker.cycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.PortalProperties;
import org.minsheng.tracker.voice.SupportOutcome;
import org.minsheng.tracker.voice.VisitorGuard;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' support of a year's public candidates while the solicitation window is open,
 * as suggestions' support works: one per cookie token (stored as a salted hash, unique in
 * the database), a cap per hashed client address and an hourly rate limit.
 */
@Service
public class CandidateSupports {

	static final String ACTION = "candidate-support";

	private final JdbcTemplate jdbc;

	private final Candidates candidates;

	private final SolicitationWindows windows;

	private final VisitorGuard guard;

	private final Clock clock;

	private final int perAddress;

	private final int perHour;

	CandidateSupports(JdbcTemplate jdbc, Candidates candidates, SolicitationWindows windows, VisitorGuard guard,
			Clock clock, PortalProperties settings) {
		this.jdbc = jdbc;
		this.candidates = candidates;
		this.windows = windows;
		this.guard = guard;
		this.clock = clock;
		this.perAddress = settings.voice().supportsPerAddress();
		this.perHour = settings.voice().supportsPerHour();
	}

	/** Counts this person's support; {@code null} when the window is closed. */
	@Transactional
	public SupportOutcome support(long candidateId, String token, String remoteAddress) {
		Candidate candidate = this.candidates.findById(candidateId)
			.filter(Candidate::isPublic)
			.orElseThrow(() -> new NotFoundException("cycle.notFound.candidate", candidateId));
		if (!this.windows.isOpen(candidate.getYear())) {
			return null;
		}
		String supporter = this.guard.supporter(token);
		if (has(candidateId, supporter)) {
			return SupportOutcome.ALREADY;
		}
		String address = this.guard.address(remoteAddress);
		Long fromAddress = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM candidate_support WHERE candidate_id = ? AND address_hash = ?", Long.class,
				candidateId, address);
		if (!this.guard.tryAcquire(ACTION, remoteAddress, this.perHour)
				|| (fromAddress != null && fromAddress >= this.perAddress)) {
			return SupportOutcome.TOO_MANY;
		}
		this.jdbc.update(
				"INSERT INTO candidate_support (candidate_id, supporter_hash, address_hash, supported_at) VALUES (?, ?, ?, ?)",
				candidateId, supporter, address, Timestamp.from(this.clock.instant()));
		return SupportOutcome.COUNTED;
	}

	@Transactional(readOnly = true)
	public boolean hasSupported(long candidateId, String token) {
		return token != null && has(candidateId, this.guard.supporter(token));
	}

	private boolean has(long candidateId, String supporter) {
		Long count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM candidate_support WHERE candidate_id = ? AND supporter_hash = ?", Long.class,
				candidateId, supporter);
		return count != null && count > 0;
	}

	/** Supporters of each of the year's candidates, in one statement. */
	@Transactional(readOnly = true)
	public Map<Long, Long> counts(int year) {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.query(
				"SELECT s.candidate_id, COUNT(*) FROM candidate_support s JOIN candidate_project c ON c.id = s.candidate_id "
						+ "WHERE c.cycle_year = ? GROUP BY s.candidate_id",
				(RowCallbackHandler) (row) -> counts.put(row.getLong(1), row.getLong(2)), year);
		return counts;
	}

}
