package org.minsheng.tracker.report;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.progress.Reading;
import org.minsheng.tracker.system.ClockConfiguration;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.PortalFormat;
import org.minsheng.tracker.system.PortalProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Atom feeds of newly approved figures, newest first: the whole portal's and one
 * commitment's. Each entry is one approved report, identified by a tag URI that never
 * changes, dated by its approval and linked to its commitment's page as of that day.
 */
@Component
class ApprovalFeeds {

	static final int ENTRIES = 50;

	private final ApprovedReports reports;

	private final PlanCatalog plans;

	private final MessageSource messages;

	private final PortalFormat format;

	private final String tagAuthority;

	ApprovalFeeds(ApprovedReports reports, PlanCatalog plans, MessageSource messages, PortalFormat format,
			PortalProperties settings) {
		this.reports = reports;
		this.plans = plans;
		this.messages = messages;
		this.format = format;
		this.tagAuthority = settings.feeds().tagAuthority();
	}

	@Transactional(readOnly = true)
	String portal(AsOf asOf, String base, Locale locale) {
		List<ProgressReport> newest = this.reports.newest(asOf, ENTRIES);
		return write(feed("tag:" + this.tagAuthority + ",2025:approved", message("feed.title", locale),
				base + "/feeds/approved.atom", base + "/", newest, base, locale));
	}

	@Transactional(readOnly = true)
	String commitment(int year, int number, AsOf asOf, String base, Locale locale) {
		Plan plan = this.plans.publishedPlan(year).orElseThrow(() -> new NotFoundException("notFound.plan", year));
		Commitment commitment = this.plans.commitment(plan, number)
			.orElseThrow(() -> new NotFoundException("notFound.commitment", year, number));
		List<ProgressReport> newest = this.reports.newestOf(year, number, asOf, ENTRIES);
		String page = base + "/plans/" + year + "/commitments/" + number;
		return write(feed(
				"tag:" + this.tagAuthority + "," + year + ":commitment/" + number, message("feed.commitment.title",
						locale, String.valueOf(year), String.valueOf(number), commitment.getTitle().in(locale)),
				page + "/feed.atom", page, newest, base, locale));
	}

	private SyndFeed feed(String id, String title, String self, String alternate, List<ProgressReport> newest,
			String base, Locale locale) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setUri(id);
		feed.setTitle(title);
		feed.setLanguage(locale.getLanguage());
		feed.setLinks(List.of(link("self", self), link("alternate", alternate)));
		feed.setAuthor(message("feed.author", locale));
		feed.setPublishedDate(
				Date.from(newest.isEmpty() ? Instant.parse("2025-01-01T00:00:00Z") : newest.get(0).getApprovedAt()));
		feed.setEntries(newest.stream().map((report) -> entry(report, base, locale)).toList());
		return feed;
	}

	private SyndEntry entry(ProgressReport report, String base, Locale locale) {
		Commitment commitment = report.getIndicator().getCommitment();
		int year = commitment.getPlan().getYear();
		Reading reading = report.reading();
		String amount = (reading.figure() != null)
				? this.format.amount(reading.figure().value(), reading.figure().lowerBound(),
						report.getIndicator().getUnit())
				: message(reading.isTaskDone() ? "feed.taskDone" : "feed.taskOpen", locale);
		String approvalDay = reading.approvedAt().atZone(ClockConfiguration.CITY_ZONE).toLocalDate().toString();
		SyndEntry entry = new SyndEntryImpl();
		entry.setUri("tag:" + this.tagAuthority + "," + year + ":report/" + report.getId());
		entry.setTitle(message("feed.entry.title", locale, String.valueOf(year), String.valueOf(commitment.getNumber()),
				commitment.getTitle().in(locale), report.getIndicator().getName().in(locale), amount));
		entry.setLink(base + "/plans/" + year + "/commitments/" + commitment.getNumber() + "?asOf=" + approvalDay);
		entry.setAuthor(author(report, locale));
		entry.setUpdatedDate(Date.from(reading.approvedAt()));
		entry.setPublishedDate(Date.from(reading.approvedAt()));
		SyndContent content = new SyndContentImpl();
		content.setType("text");
		String note = (report.getNote() != null) ? report.getNote().in(locale) : null;
		content.setValue(message("feed.entry.content", locale, amount, reading.asOf().toString(), approvalDay)
				+ ((note != null && !note.isBlank()) ? " " + note : "")
				+ ((report.getSourceQuote() != null) ? " 「" + report.getSourceQuote() + "」" : ""));
		entry.setContents(List.of(content));
		return entry;
	}

	/**
	 * Who stands behind the figure: the publisher of the source it was taken from, else
	 * the department that filed it (as it was then, not today's lead department), else
	 * the portal itself.
	 */
	private String author(ProgressReport report, Locale locale) {
		if (report.getSourceDocument() != null) {
			return report.getSourceDocument().getPublisher().in(locale);
		}
		if (report.getFilingDepartment() != null) {
			return report.getFilingDepartment().getName().in(locale);
		}
		return message("feed.author", locale);
	}

	private static SyndLink link(String rel, String href) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		return link;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static String write(SyndFeed feed) {
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("the feed could not be written", ex);
		}
	}

}
