package org.minsheng.tracker.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.minsheng.tracker.county.County;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Department;

/**
 * A candidate project (候选项目) for a coming year's commitments, from published suggestions
 * (kept linked) or a department's proposal. Its state changes only through the named
 * steps below, each checking where it stands: screened in or out (out needs a reason),
 * put on the ballot, chosen or not chosen by the delegates, and finally linked to the
 * commitment it became.
 */
@Entity
@Table(name = "candidate_project")
public class Candidate {

	/** The longest screening reason, in characters. */
	public static final int MAX_REASON = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cycle_year")
	private int year;

	@Column(name = "title_zh")
	private String title;

	@Column(name = "title_en")
	private String titleEn;

	private String description;

	@Enumerated(EnumType.STRING)
	private Area area;

	@Enumerated(EnumType.STRING)
	private CandidateOrigin origin;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_department_id")
	private Department leadDepartment;

	@Column(name = "estimated_cost")
	private BigDecimal estimatedCost;

	@Column(name = "need_note")
	private String needNote;

	@Column(name = "feasibility_note")
	private String feasibilityNote;

	@Column(name = "budget_note")
	private String budgetNote;

	@Enumerated(EnumType.STRING)
	private CandidateState state;

	@Column(name = "screening_reason")
	private String screeningReason;

	@Column(name = "commitment_id")
	private Long commitmentId;

	@Column(name = "created_at")
	private Instant createdAt;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "candidate_county", joinColumns = @JoinColumn(name = "candidate_id"),
			inverseJoinColumns = @JoinColumn(name = "county_id"))
	@OrderBy("sortOrder")
	private Set<County> counties = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "candidate_suggestion", joinColumns = @JoinColumn(name = "candidate_id"))
	@Column(name = "suggestion_id")
	private Set<Long> suggestionIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "candidate_indicator", joinColumns = @JoinColumn(name = "candidate_id"))
	@OrderColumn(name = "position", insertable = true, updatable = true)
	private List<CandidateIndicator> indicators = new ArrayList<>();

	@Version
	private long version;

	protected Candidate() {
	}

	/**
	 * A new candidate, proposed; from suggestions when any are named, else a
	 * department's.
	 */
	static Candidate proposed(int year, CandidateInput input, Department lead, Set<County> counties, Instant now) {
		Candidate candidate = new Candidate();
		candidate.year = year;
		candidate.title = input.title();
		candidate.titleEn = input.titleEn();
		candidate.description = input.description();
		candidate.area = input.area();
		candidate.origin = input.suggestionIds().isEmpty() ? CandidateOrigin.DEPARTMENT : CandidateOrigin.SUGGESTIONS;
		candidate.leadDepartment = lead;
		candidate.estimatedCost = input.estimatedCost();
		candidate.counties.addAll(counties);
		candidate.suggestionIds.addAll(input.suggestionIds());
		candidate.indicators.addAll(input.indicators());
		candidate.state = CandidateState.PROPOSED;
		candidate.createdAt = now;
		return candidate;
	}

	/** Screened in for the ballot, with the notes on need, feasibility and budget. */
	public void screenIn(ScreeningNotes notes) {
		require(CandidateState.PROPOSED, "cycle.error.notProposed");
		note(notes);
		this.state = CandidateState.SCREENED_IN;
		this.screeningReason = null;
	}

	/** Screened out: a reason is required, and the public sees it. */
	public void screenOut(ScreeningNotes notes, String reason) {
		require(CandidateState.PROPOSED, "cycle.error.notProposed");
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new CycleException("cycle.error.reasonRequired");
		}
		if (why.length() > MAX_REASON) {
			throw new CycleException("cycle.error.reasonTooLong", MAX_REASON);
		}
		note(notes);
		this.state = CandidateState.SCREENED_OUT;
		this.screeningReason = why;
	}

	/** Put to the delegates: only a screened-in candidate goes on the ballot. */
	public void putOnBallot() {
		require(CandidateState.SCREENED_IN, "cycle.error.notScreenedIn");
		this.state = CandidateState.ON_BALLOT;
	}

	/** The delegates' vote chose it (see {@link BallotCount}). */
	void choose() {
		require(CandidateState.ON_BALLOT, "cycle.error.notOnBallot");
		this.state = CandidateState.CHOSEN;
	}

	/** The delegates' vote did not choose it. */
	void reject() {
		require(CandidateState.ON_BALLOT, "cycle.error.notOnBallot");
		this.state = CandidateState.NOT_CHOSEN;
	}

	/**
	 * Back on the ballot when the counts are recorded again before the plan is drafted.
	 */
	void reopenBallot() {
		if (this.commitmentId != null) {
			throw new CycleException("cycle.error.adoptedAlready");
		}
		if (this.state == CandidateState.CHOSEN || this.state == CandidateState.NOT_CHOSEN) {
			this.state = CandidateState.ON_BALLOT;
		}
	}

	/** Records the draft plan's commitment this chosen candidate became. */
	void becameCommitment(Long commitment) {
		require(CandidateState.CHOSEN, "cycle.error.notChosen");
		if (this.commitmentId != null) {
			throw new CycleException("cycle.error.adoptedAlready");
		}
		this.commitmentId = commitment;
	}

	private void note(ScreeningNotes notes) {
		this.needNote = notes.need();
		this.feasibilityNote = notes.feasibility();
		this.budgetNote = notes.budget();
	}

	private void require(CandidateState expected, String messageKey) {
		if (this.state != expected) {
			throw new CycleException(messageKey, this.title);
		}
	}

	/** Whether the public sees it: every candidate but a merely proposed one. */
	public boolean isPublic() {
		return this.state != CandidateState.PROPOSED;
	}

	public Long getId() {
		return this.id;
	}

	public int getYear() {
		return this.year;
	}

	public String getTitle() {
		return this.title;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	/** The title in the visitor's language (English falls back to Chinese). */
	public String title(java.util.Locale locale) {
		return (org.minsheng.tracker.system.SupportedLanguages.isEnglish(locale) && this.titleEn != null) ? this.titleEn
				: this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public Area getArea() {
		return this.area;
	}

	public CandidateOrigin getOrigin() {
		return this.origin;
	}

	public Department getLeadDepartment() {
		return this.leadDepartment;
	}

	public BigDecimal getEstimatedCost() {
		return this.estimatedCost;
	}

	public String getNeedNote() {
		return this.needNote;
	}

	public String getFeasibilityNote() {
		return this.feasibilityNote;
	}

	public String getBudgetNote() {
		return this.budgetNote;
	}

	public CandidateState getState() {
		return this.state;
	}

	public String getScreeningReason() {
		return this.screeningReason;
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public List<County> getCounties() {
		return List.copyOf(this.counties);
	}

	public Set<Long> getSuggestionIds() {
		return Collections.unmodifiableSet(this.suggestionIds);
	}

	public List<CandidateIndicator> getIndicators() {
		return Collections.unmodifiableList(this.indicators);
	}

	public long getVersion() {
		return this.version;
	}

}
