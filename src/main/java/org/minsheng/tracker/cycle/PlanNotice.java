package org.minsheng.tracker.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A draft plan on public notice (公示): from the first day to the last day of its window
 * (both included, in Beijing time) residents may object; a named contact answers. After
 * the window, with every published objection answered, the plan becomes final.
 */
@Entity
@Table(name = "plan_notice")
public class PlanNotice {

	/** The default length of the window, in days. */
	public static final int DEFAULT_DAYS = 7;

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Id
	@Column(name = "plan_year")
	private Integer year;

	@Column(name = "opens_on")
	private LocalDate opensOn;

	@Column(name = "closes_on")
	private LocalDate closesOn;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "contact_line")
	private String contactLine;

	@Column(name = "finalised_at")
	private Instant finalisedAt;

	@Version
	private long version;

	protected PlanNotice() {
	}

	static PlanNotice open(int year, LocalDate opensOn, int days, String contactName, String contactLine) {
		if (days < 1 || days > 60) {
			throw new CycleException("cycle.notice.error.days");
		}
		if (contactName == null || contactName.isBlank() || contactName.strip().length() > 100 || contactLine == null
				|| contactLine.isBlank() || contactLine.strip().length() > 100) {
			throw new CycleException("cycle.notice.error.contact");
		}
		PlanNotice notice = new PlanNotice();
		notice.year = year;
		notice.opensOn = opensOn;
		notice.closesOn = opensOn.plusDays(days - 1L);
		notice.contactName = contactName.strip();
		notice.contactLine = contactLine.strip();
		return notice;
	}

	/** Whether objections are taken today. */
	public boolean isOpen(Clock clock) {
		LocalDate today = LocalDate.now(clock.withZone(BEIJING));
		return !today.isBefore(this.opensOn) && !today.isAfter(this.closesOn) && this.finalisedAt == null;
	}

	/** Whether the window is over. */
	public boolean isOver(Clock clock) {
		return LocalDate.now(clock.withZone(BEIJING)).isAfter(this.closesOn);
	}

	/** The plan becomes final: only after the window, with every objection answered. */
	void finalise(long unanswered, Clock clock) {
		if (this.finalisedAt != null) {
			throw new CycleException("cycle.notice.error.finalised");
		}
		if (!isOver(clock)) {
			throw new CycleException("cycle.notice.error.stillOpen", this.closesOn);
		}
		if (unanswered > 0) {
			throw new CycleException("cycle.notice.error.unanswered", unanswered);
		}
		this.finalisedAt = clock.instant();
	}

	public int getYear() {
		return this.year;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactLine() {
		return this.contactLine;
	}

	public Instant getFinalisedAt() {
		return this.finalisedAt;
	}

	public boolean isFinal() {
		return this.finalisedAt != null;
	}

}
