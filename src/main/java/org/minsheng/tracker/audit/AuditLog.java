package org.minsheng.tracker.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail: newest first, filtered by person, action and time.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private final AuditEvents events;

	AuditLog(AuditEvents events) {
		this.events = events;
	}

	/**
	 * The events in [from, until), of one person and one action when given (else null).
	 */
	public Page<AuditEvent> search(String actor, String action, Instant from, Instant until, Pageable page) {
		return this.events.search(actor, action, from, until, page);
	}

}
