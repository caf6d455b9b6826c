package org.minsheng.tracker.cycle;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A year's solicitation window (征集): while it is open, in Beijing time, residents support
 * and comment on the year's candidates.
 */
@Component
class SolicitationWindows {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SolicitationWindows(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Window> of(int year) {
		List<Window> windows = this.jdbc.query(
				"SELECT opens_on, closes_on FROM solicitation_window WHERE cycle_year = ?",
				(row, n) -> new Window(row.getDate(1).toLocalDate(), row.getDate(2).toLocalDate()), year);
		return windows.stream().findFirst();
	}

	boolean isOpen(int year) {
		LocalDate today = LocalDate.now(this.clock.withZone(PlanNotice.BEIJING));
		return of(year).map((w) -> w.contains(today)).orElse(false);
	}

	void set(int year, LocalDate opensOn, LocalDate closesOn) {
		if (this.jdbc.update("UPDATE solicitation_window SET opens_on = ?, closes_on = ? WHERE cycle_year = ?",
				Date.valueOf(opensOn), Date.valueOf(closesOn), year) == 0) {
			this.jdbc.update("INSERT INTO solicitation_window (cycle_year, opens_on, closes_on) VALUES (?, ?, ?)", year,
					Date.valueOf(opensOn), Date.valueOf(closesOn));
		}
	}

	/** The first and last day (both included). */
	record Window(LocalDate opensOn, LocalDate closesOn) {

		boolean contains(LocalDate day) {
			return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
		}

	}

}
