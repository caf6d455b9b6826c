package org.minsheng.tracker.watch;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A commitment on the watch list: placed with a reason and a deadline, public until
 * lifted (once).
 */
@Entity
@Table(name = "watch_entry")
class WatchEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commitment_id")
	private Long commitmentId;

	private String reason;

	private LocalDate deadline;

	@Column(name = "placed_by")
	private String placedBy;

	@Column(name = "placed_at")
	private Instant placedAt;

	@Column(name = "lifted_by")
	private String liftedBy;

	@Column(name = "lifted_at")
	private Instant liftedAt;

	@Column(name = "lift_note")
	private String liftNote;

	@Version
	private long version;

	protected WatchEntry() {
	}

	WatchEntry(Long commitmentId, String reason, LocalDate deadline, String placedBy, Instant placedAt) {
		this.commitmentId = commitmentId;
		this.reason = reason;
		this.deadline = deadline;
		this.placedBy = placedBy;
		this.placedAt = placedAt;
	}

	void lift(String by, String note, Instant at) {
		if (this.liftedAt != null) {
			throw new WatchException("watch.error.alreadyLifted");
		}
		this.liftedBy = by;
		this.liftNote = (note == null || note.isBlank()) ? null : note.strip();
		this.liftedAt = at;
	}

	boolean isActiveAt(Instant moment) {
		return this.placedAt.isBefore(moment) && (this.liftedAt == null || !this.liftedAt.isBefore(moment));
	}

	String snapshot() {
		return "commitment=" + this.commitmentId + " deadline=" + this.deadline + " reason=" + this.reason
				+ ((this.liftedAt != null) ? " lifted" : "");
	}

	Long getId() {
		return this.id;
	}

	Long getCommitmentId() {
		return this.commitmentId;
	}

	String getReason() {
		return this.reason;
	}

	LocalDate getDeadline() {
		return this.deadline;
	}

	Instant getPlacedAt() {
		return this.placedAt;
	}

	Instant getLiftedAt() {
		return this.liftedAt;
	}

	String getLiftNote() {
		return this.liftNote;
	}

	long getVersion() {
		return this.version;
	}

}
