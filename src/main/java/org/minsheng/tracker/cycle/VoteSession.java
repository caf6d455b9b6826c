package org.minsheng.tracker.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The delegates' vote (票决) on a year's candidates at a People's Congress session: its
 * name and date, delegates seated and present, the places and the pass rule, and each
 * candidate's counts. Who is chosen is computed ({@link BallotCount}), never typed in.
 * The counts may be recorded again (a run-off after a tie) until the chosen candidates
 * have become the draft plan's commitments.
 */
@Entity
@Table(name = "vote_session")
public class VoteSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cycle_year")
	private int year;

	private String name;

	@Column(name = "held_on")
	private LocalDate heldOn;

	private int seated;

	private int present;

	private int places;

	@Enumerated(EnumType.STRING)
	@Column(name = "pass_rule")
	private PassRule rule;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Column(name = "adopted_at")
	private Instant adoptedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "vote_tally", joinColumns = @JoinColumn(name = "session_id"))
	private List<Tally> tallies = new ArrayList<>();

	@Version
	private long version;

	protected VoteSession() {
	}

	VoteSession(int year) {
		this.year = year;
	}

	/** Records (or records again) the session and its counts, already checked. */
	void record(VoteInput input, Clock clock) {
		if (this.adoptedAt != null) {
			throw new CycleException("cycle.vote.error.adopted");
		}
		this.name = input.name();
		this.heldOn = input.heldOn();
		this.seated = input.seated();
		this.present = input.present();
		this.places = input.places();
		this.rule = input.rule();
		this.tallies.clear();
		this.tallies.addAll(input.tallies());
		this.recordedAt = clock.instant();
	}

	/**
	 * The chosen candidates became the draft plan's commitments: the counts are final.
	 */
	void adopted(Clock clock) {
		if (this.adoptedAt != null) {
			throw new CycleException("cycle.vote.error.adopted");
		}
		if (result().hasTie()) {
			throw new CycleException("cycle.vote.error.tieUnresolved");
		}
		this.adoptedAt = clock.instant();
	}

	public BallotResult result() {
		return BallotCount.result(this.rule, this.seated, this.present, this.places, this.tallies);
	}

	public Long getId() {
		return this.id;
	}

	public int getYear() {
		return this.year;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public int getSeated() {
		return this.seated;
	}

	public int getPresent() {
		return this.present;
	}

	public int getPlaces() {
		return this.places;
	}

	public PassRule getRule() {
		return this.rule;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public Instant getAdoptedAt() {
		return this.adoptedAt;
	}

	public boolean isAdopted() {
		return this.adoptedAt != null;
	}

	public List<Tally> getTallies() {
		return Collections.unmodifiableList(this.tallies);
	}

	public long getVersion() {
		return this.version;
	}

}
