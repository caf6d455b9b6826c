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
 * together.
 */
@Service
class AuditTrail {

	private final AuditEvents events;

	private final Clock clock;

	AuditTrail(AuditEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void record(String actor, AuditAction action, AuditSubject subject, String before, String after, String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), truncate(actor, 60), action, subject.kind().stored(),
				subject.id(), before, after, remoteAddress(), detail));
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
