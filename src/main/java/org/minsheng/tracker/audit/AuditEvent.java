package org.minsheng.tracker.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One recorded action. Never updated or deleted (the database refuses both), and linked
 * to the one before by its hash ({@link AuditChainHead}).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	private String actor;

	private String action;

	@Column(name = "subject_type")
	private String subjectType;

	@Column(name = "subject_id")
	private Long subjectId;

	@Column(name = "before_state")
	private String beforeState;

	@Column(name = "after_state")
	private String afterState;

	@Column(name = "remote_address")
	private String remoteAddress;

	private String detail;

	@Column(name = "chain_position")
	private Long chainPosition;

	@Column(name = "chain_hash")
	private String chainHash;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, AuditAction action, String subjectType, Long subjectId,
			String beforeState, String afterState, String remoteAddress, String detail) {
		this.occurredAt = ChainedContent.stored(occurredAt);
		this.actor = actor;
		this.action = action.name();
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.beforeState = beforeState;
		this.afterState = afterState;
		this.remoteAddress = remoteAddress;
		this.detail = detail;
	}

	ChainedContent content() {
		return new ChainedContent(this.occurredAt, this.actor, this.action, this.subjectType, this.subjectId,
				this.beforeState, this.afterState, this.remoteAddress, this.detail);
	}

	/** Called once, by the chain's head, before the event is stored. */
	void link(long position, String hash) {
		if (this.chainHash != null) {
			throw new IllegalStateException("audit event already linked");
		}
		this.chainPosition = position;
		this.chainHash = hash;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public String getBeforeState() {
		return this.beforeState;
	}

	public String getAfterState() {
		return this.afterState;
	}

	public String getRemoteAddress() {
		return this.remoteAddress;
	}

	public String getDetail() {
		return this.detail;
	}

	/**
	 * What the event is about, as shown: the kind of record and its id ("app_user #7"),
	 * the kind alone when there is no id (a sign-in names its account as the actor), or
	 * null.
	 * @return the subject, or null
	 */
	public String getSubject() {
		if (this.subjectType == null) {
			return null;
		}
		return (this.subjectId != null) ? this.subjectType + " #" + this.subjectId : this.subjectType;
	}

	public Long getChainPosition() {
		return this.chainPosition;
	}

}
