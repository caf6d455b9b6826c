package org.minsheng.tracker.system;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats figures, rates and dates in the visitor's language; templates call it as
 * {@code @fmt}. Chinese counts large amounts in 万 as the newspapers do (8.7万, 50多万);
 * English groups digits (87,000; 500,000+).
 */
@Component("fmt")
public class PortalFormat {

	private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final MessageSource messages;

	/** Day formats by pattern and language: a page formats dozens of days. */
	private final Map<DayFormat, DateTimeFormatter> dayFormats = new ConcurrentHashMap<>();

	PortalFormat(MessageSource messages) {
		this.messages = messages;
	}

	public String figure(BigDecimal value, boolean lowerBound) {
		return figure(value, lowerBound, LocaleContextHolder.getLocale());
	}

	public String figure(BigDecimal value, boolean lowerBound, Locale locale) {
		if (value == null) {
			return "";
		}
		if (SupportedLanguages.isEnglish(locale)) {
			String digits = NumberFormat.getNumberInstance(Locale.ENGLISH).format(value.stripTrailingZeros());
			return lowerBound ? digits + "+" : digits;
		}
		String more = lowerBound ? "多" : "";
		if (value.compareTo(WAN) >= 0 && value.remainder(HUNDRED).signum() == 0) {
			return plain(value.divide(WAN)) + more + "万";
		}
		return plain(value) + more;
	}

	/**
	 * A figure with its unit: "102台", "8.7万批次", "100%"; "102 units", "87,000 batches".
	 */
	public String amount(BigDecimal value, boolean lowerBound, LocalizedText unit) {
		return amount(value, lowerBound, unit, LocaleContextHolder.getLocale());
	}

	/** A figure with its unit in a given language (an email to a resident). */
	public String amount(BigDecimal value, boolean lowerBound, LocalizedText unit, Locale locale) {
		if (value == null) {
			return "";
		}
		String figure = figure(value, lowerBound, locale);
		String unitText = (unit != null) ? unit.in(locale) : null;
		if (unitText == null || unitText.isBlank()) {
			return figure;
		}
		if ("%".equals(unitText) || !SupportedLanguages.isEnglish(locale)) {
			return figure + unitText;
		}
		return figure + " " + unitText;
	}

	/**
	 * A completion rate: "87.5%", or "超过100%" / "more than 100%" when it is a lower
	 * bound.
	 */
	public String rate(BigDecimal rate, boolean lowerBound) {
		if (rate == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String key = lowerBound ? "rate.moreThan" : "rate.value";
		return this.messages.getMessage(key, new Object[] { plain(rate) }, locale);
	}

	/** A rate as the width of a 0–100 bar: over-achievement fills the bar, no more. */
	public String barWidth(BigDecimal rate) {
		return (rate != null) ? plain(rate.max(BigDecimal.ZERO).min(HUNDRED)) : "0";
	}

	public String day(LocalDate day) {
		if (day == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = this.messages.getMessage("format.date", null, locale);
		return this.dayFormats.computeIfAbsent(new DayFormat(pattern, locale), DayFormat::formatter).format(day);
	}

	/**
	 * A date as a newspaper printed it ("1月27日"): as printed on Chinese pages, "27 Jan
	 * 2025" on English ones; anything else is returned as printed.
	 */
	public String printedDay(String printed, int year) {
		if (!SupportedLanguages.isEnglish(LocaleContextHolder.getLocale())) {
			return printed;
		}
		java.util.regex.Matcher m = PRINTED_DAY.matcher((printed != null) ? printed.strip() : "");
		if (!m.matches()) {
			return printed;
		}
		try {
			int printedYear = (m.group(1) != null) ? Integer.parseInt(m.group(1)) : year;
			return day(LocalDate.of(printedYear, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
		}
		catch (java.time.DateTimeException ex) {
			return printed;
		}
	}

	private static final java.util.regex.Pattern PRINTED_DAY = java.util.regex.Pattern
		.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");

	public String day(Instant instant) {
		return (instant != null) ? day(LocalDate.ofInstant(instant, ClockConfiguration.CITY_ZONE)) : "";
	}

	/** An instant as city time to the second, for records such as the audit trail. */
	public String moment(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.format(instant.atZone(ClockConfiguration.CITY_ZONE)) : "";
	}

	/**
	 * A number as typed, without grouping or trailing zeros: 46, 8.7, 1000000; empty for
	 * none. The one plain form of a number for files, messages and forms.
	 */
	public static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	private record DayFormat(String pattern, Locale locale) {

		DateTimeFormatter formatter() {
			return DateTimeFormatter.ofPattern(this.pattern, this.locale);
		}

	}

}
