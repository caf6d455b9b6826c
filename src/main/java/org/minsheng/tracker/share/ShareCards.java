package org.minsheng.tracker.share;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.minsheng.tracker.dashboard.CommitmentPageService;
import org.minsheng.tracker.dashboard.CommitmentView;
import org.minsheng.tracker.dashboard.Headline;
import org.minsheng.tracker.dashboard.PlanBoard;
import org.minsheng.tracker.dashboard.PlanBoardService;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.system.PortalFormat;
import org.minsheng.tracker.system.PublicRevision;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The preview cards of the dashboard and of each commitment, painted once per public
 * revision and language and then served from memory.
 */
@Service
public class ShareCards {

	private final PlanBoardService boards;

	private final CommitmentPageService commitments;

	private final PublicRevision revision;

	private final CardPainter painter;

	private final MessageSource messages;

	private final PortalFormat fmt;

	private final Clock clock;

	private final Cache<CardKey, byte[]> cards = Caffeine.newBuilder()
		.maximumWeight(16L * 1024 * 1024)
		.weigher((CardKey key, byte[] png) -> png.length)
		.expireAfterAccess(Duration.ofHours(6))
		.build();

	ShareCards(PlanBoardService boards, CommitmentPageService commitments, PublicRevision revision, CardPainter painter,
			MessageSource messages, PortalFormat fmt, Clock clock) {
		this.boards = boards;
		this.commitments = commitments;
		this.revision = revision;
		this.painter = painter;
		this.messages = messages;
		this.fmt = fmt;
		this.clock = clock;
	}

	/** The newest published year, or null if none. */
	public Integer newestYear() {
		return this.boards.publishedYears().stream().findFirst().orElse(null);
	}

	public byte[] year(int year, Locale locale) {
		return this.cards.get(new CardKey(this.revision.current(), year, 0, locale.getLanguage()), (key) -> {
			PlanBoard board = this.boards.figures(year, AsOf.latest(this.clock));
			Headline h = board.headline();
			return this.painter.paint(new CardPainter.Card(text("site.name", locale), board.title().in(locale),
					text("share.card.yearSubtitle", locale, String.valueOf(year)), h.overallRate(),
					rate(new org.minsheng.tracker.progress.ShownRate(h.overallRate(), false)),
					text("share.card.yearFacts", locale, h.commitments(), h.delivered(), h.overAchieved()),
					footer(board.lastUpdated() != null ? this.fmt.day(board.lastUpdated()) : null, locale)));
		});
	}

	public byte[] commitment(int year, int number, Locale locale) {
		return this.cards.get(new CardKey(this.revision.current(), year, number, locale.getLanguage()), (key) -> {
			CommitmentView c = this.commitments.page(year, number, AsOf.latest(this.clock)).commitment();
			return this.painter.paint(new CardPainter.Card(text("site.name", locale), c.title().in(locale),
					text("share.card.commitmentSubtitle", locale, String.valueOf(year), c.number()),
					c.progress().rate(), rate(c.progress().shown()),
					text("share.card.status", locale, text(c.progress().status().messageKey(), locale)),
					footer((c.progress().lastApprovedAt() != null) ? this.fmt.day(c.progress().lastApprovedAt()) : null,
							locale)));
		});
	}

	private String rate(org.minsheng.tracker.progress.ShownRate rate) {
		return rate.isKnown() ? this.fmt.rate(rate.value(), rate.moreThan()) : "—";
	}

	private String footer(String day, Locale locale) {
		return (day != null) ? text("share.card.footer", locale, day) : text("site.footer", locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private record CardKey(long revision, int year, int number, String language) {
	}

}
