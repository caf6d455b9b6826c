package org.minsheng.tracker.audit;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The chain's head, read with a row lock (SELECT ... FOR UPDATE) held until the
 * transaction ends: appenders on every instance take turns.
 */
interface AuditChainHeads extends Repository<AuditChainHead, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from AuditChainHead h where h.id = " + AuditChainHead.ID)
	AuditChainHead lockHead();

}
