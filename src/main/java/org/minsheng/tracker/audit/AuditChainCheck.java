package org.minsheng.tracker.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minsheng.tracker.audit.AuditSubject.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' check of the audit trail: walks the hash chain from the first event
 * and reports the first broken link, or that the chain is intact; each check is itself
 * recorded.
 */
@Service
public class AuditChainCheck {

	private static final int PAGE = 1000;

	private final JdbcTemplate jdbc;

	private final AuditTrail trail;

	AuditChainCheck(JdbcTemplate jdbc, AuditTrail trail) {
		this.jdbc = jdbc;
		this.trail = trail;
	}

	/**
	 * Checks the chain and records who checked it and what was found.
	 * @param admin the administrator's username
	 * @return what the check found
	 */
	@Transactional
	public ChainReport run(String admin) {
		ChainReport report = verify();
		this.trail.record(admin, AuditAction.AUDIT_CHAIN_CHECKED, AuditSubject.of(Kind.AUDIT_EVENT, report.brokenId()),
				null, report.isIntact() ? "intact rows=" + report.rows() : "broken " + report.problem(), null);
		return report;
	}

	/**
	 * Walks the chain as far as its head reached when the walk began (events appended
	 * meanwhile are left for the next check).
	 * @return what the walk found
	 */
	@Transactional(readOnly = true)
	public ChainReport verify() {
		return verify(this.jdbc);
	}

	static ChainReport verify(JdbcTemplate jdbc) {
		Map<String, Object> head = jdbc.queryForMap("SELECT position, last_hash FROM audit_chain WHERE id = ?",
				AuditChainHead.ID);
		long end = ((Number) head.get("position")).longValue();
		String lastHash = (String) head.get("last_hash");
		String previous = ChainedContent.GENESIS;
		long checked = 0;
		Link last = null;
		long after = Long.MIN_VALUE;
		while (checked < end) {
			List<Link> page = page(jdbc, after);
			if (page.isEmpty()) {
				break;
			}
			for (Link link : page) {
				if (checked == end) {
					break;
				}
				long expected = checked + 1;
				if (link.position() == null || link.position() != expected) {
					return new ChainReport(checked, link.id(), link.content().occurredAt(),
							ChainReport.Problem.POSITION);
				}
				if (!link.content().hash(previous, expected).equals(link.hash())) {
					return new ChainReport(checked, link.id(), link.content().occurredAt(), ChainReport.Problem.HASH);
				}
				previous = link.hash();
				checked = expected;
				last = link;
			}
			after = page.get(page.size() - 1).id();
		}
		if (checked < end || !previous.equals(lastHash)) {
			return new ChainReport(checked, (last != null) ? last.id() : null,
					(last != null) ? last.content().occurredAt() : null, ChainReport.Problem.END);
		}
		return ChainReport.intact(checked);
	}

	private static List<Link> page(JdbcTemplate jdbc, long after) {
		List<Link> links = new ArrayList<>(PAGE);
		jdbc.query("SELECT " + ChainedContent.COLUMNS + " FROM audit_event WHERE id > ? ORDER BY id LIMIT " + PAGE,
				(row) -> {
					links.add(new Link(row.getLong("id"), row.getObject("chain_position", Long.class),
							row.getString("chain_hash"), ChainedContent.of(row)));
				}, after);
		return links;
	}

	private record Link(long id, Long position, String hash, ChainedContent content) {
	}

}
