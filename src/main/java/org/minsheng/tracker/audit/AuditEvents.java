package org.minsheng.tracker.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reading and appending audit events; there is no way to change or delete one.
 */
interface AuditEvents extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	long count();

	@Query("""
			select e from AuditEvent e
			where (:actor is null or e.actor = :actor)
			and (:action is null or e.action = :action)
			and e.occurredAt >= :from and e.occurredAt < :until
			order by e.occurredAt desc, e.id desc""")
	Page<AuditEvent> search(String actor, String action, Instant from, Instant until, Pageable page);

}
