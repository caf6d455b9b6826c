package org.minsheng.tracker.cycle;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The delegates' satisfaction evaluation (满意度测评) of one commitment: the counts of a
 * secret ballot. It passes when satisfied plus basically satisfied are more than half of
 * the ballots cast ({@link Verdicts#passes}).
 */
@Entity
@Table(name = "commitment_evaluation")
public class Evaluation {

	@Id
	@Column(name = "commitment_id")
	private Long commitmentId;

	@Column(name = "session_name")
	private String sessionName;

	@Column(name = "held_on")
	private LocalDate heldOn;

	private int satisfied;

	@Column(name = "basically_satisfied")
	private int basicallySatisfied;

	private int dissatisfied;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected Evaluation() {
	}

	Evaluation(Long commitmentId) {
		this.commitmentId = commitmentId;
	}

	void record(String sessionName, LocalDate heldOn, Verdicts counts, Instant now) {
		this.sessionName = sessionName;
		this.heldOn = heldOn;
		this.satisfied = counts.satisfied();
		this.basicallySatisfied = counts.basicallySatisfied();
		this.dissatisfied = counts.dissatisfied();
		this.recordedAt = now;
	}

	public Verdicts counts() {
		return new Verdicts(this.satisfied, this.basicallySatisfied, this.dissatisfied);
	}

	public boolean passes() {
		return counts().passes();
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public String getSessionName() {
		return this.sessionName;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
