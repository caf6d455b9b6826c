package org.minsheng.tracker.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends audit events. Runs inside the transaction that makes the change (the listeners
 * of {@link AuditListener} are called there), so a change and its record stand or fall
 * together. Each event is linked to the one before by its hash (docs/database-roles.md).
 */
@Service
class AuditTrail {

	private final AuditEvents events;

	private final AuditChainHeads chain;

	private final Clock clock;

	AuditTrail(AuditEvents events, AuditChainHeads chain, Clock clock) {
		this.events = events;
		this.chain = chain;
		this.clock = clock;
	}

	/**
	 * Appends an event, linked to the one before: the chain's head stays locked until the
	 * transaction ends, so appenders on every instance take turns.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(String actor, AuditAction action, AuditSubject subject, String before, String after, String detail) {
		AuditEvent event = new AuditEvent(this.clock.instant(), truncate(actor, 60), action, subject.kind().stored(),
				subject.id(), before, after, remoteAddress(), detail);
		this.chain.lockHead().append(event);
		this.events.save(event);
	}

	private static String remoteAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return truncate(request.getRemoteAddr(), 64);
		}
		return null;
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

}
