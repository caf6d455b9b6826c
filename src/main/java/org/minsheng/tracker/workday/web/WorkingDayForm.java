package org.minsheng.tracker.workday.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.workday.CalendarDay;
import org.minsheng.tracker.workday.DayKind;

/**
 * One day of the calendar as an administrator typed it, kept as typed so a form with
 * mistakes comes back intact.
 */
public class WorkingDayForm {

	@NotBlank(message = "{workday.error.dateRequired}")
	@Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{workday.error.dateFormat}")
	private String date;

	@NotBlank(message = "{workday.error.kindRequired}")
	@Pattern(regexp = "HOLIDAY|WORKDAY", message = "{workday.error.kindRequired}")
	private String kind = DayKind.HOLIDAY.name();

	@NotBlank(message = "{workday.error.nameRequired}")
	@Size(max = 40, message = "{workday.error.nameTooLong}")
	private String nameZh;

	@NotBlank(message = "{workday.error.nameRequired}")
	@Size(max = 80, message = "{workday.error.nameTooLong}")
	private String nameEn;

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	/** The date typed, or null when there is no such day (2026-02-30). */
	LocalDate parsedDate() {
		return parse(this.date);
	}

	static LocalDate parse(String date) {
		if (date == null) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The day; call once the form is valid. */
	CalendarDay toDay() {
		return new CalendarDay(parsedDate(), DayKind.fromParameter(this.kind),
				new LocalizedText(this.nameZh.strip(), this.nameEn.strip()));
	}

}
