package org.minsheng.tracker.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When reminders go out ({@code portal.reminders.*}).
 *
 * @param daysBeforeDue how many days before a due day editors are reminded of a report
 * not filed yet
 * @param reviewAfterWorkingDays after how many working days waiting a submitted report is
 * brought to the reviewers
 */
@Validated
@ConfigurationProperties("portal.reminders")
public record ReminderSettings(@Min(0) @Max(28) int daysBeforeDue, @Min(1) @Max(30) int reviewAfterWorkingDays) {

}
