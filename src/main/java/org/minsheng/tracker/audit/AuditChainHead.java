package org.minsheng.tracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit trail's hash chain: how many events it holds and the last one's
 * hash. One row, locked by the transaction that appends the next event.
 */
@Entity
@Table(name = "audit_chain")
class AuditChainHead {

	static final int ID = 1;

	@Id
	private Integer id;

	private long position;

	@Column(name = "last_hash")
	private String lastHash;

	protected AuditChainHead() {
	}

	long getPosition() {
		return this.position;
	}

	String getLastHash() {
		return this.lastHash;
	}

	/**
	 * Links an event to the chain: gives it the next place and its hash, and makes it the
	 * chain's end.
	 * @param event the event about to be stored
	 */
	void append(AuditEvent event) {
		long next = this.position + 1;
		String hash = event.content().hash(this.lastHash, next);
		event.link(next, hash);
		this.position = next;
		this.lastHash = hash;
	}

}
