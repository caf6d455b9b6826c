package org.minsheng.tracker.system;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The data behind public pages, kept per {@link PublicRevision} and city date: a page
 * rendered for another language, the seniors' mode or another variant of the same address
 * reuses what the database gave for the first, and an approval on any instance moves the
 * revision, so nothing here is ever stale and no instance depends on another. The
 * revision read by the page cache for the request is reused, so a page costs no extra
 * query for it. What is kept must not change once built (the public views are records).
 * {@code portal.page-cache.views=false} builds everything on each request (the
 * benchmark's cold render).
 */
@Component
public class PublicViews {

	/** The request attribute under which the page cache leaves the revision it read. */
	static final String REVISION_ATTRIBUTE = PublicViews.class.getName() + ".revision";

	private final PublicRevision revision;

	private final Clock clock;

	private final boolean enabled;

	private final Cache<Key, Object> views;

	private final TransactionTemplate reading;

	PublicViews(PublicRevision revision, Clock clock, PortalProperties settings, MeterRegistry meters,
			PlatformTransactionManager transactions) {
		this.revision = revision;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.clock = clock;
		this.enabled = settings.pageCache().views();
		this.views = Caffeine.newBuilder()
			.maximumSize(settings.pageCache().maxViews())
			.expireAfterAccess(Duration.ofMinutes(10))
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, this.views, "portal.public.views");
	}

	/**
	 * The view of {@code kind} for {@code key} at the current revision and city date,
	 * built by {@code build} when not kept yet. The key must hold every input of the view
	 * but the data and the date (a record of the page's parameters).
	 */
	@SuppressWarnings("unchecked")
	public <T> T of(String kind, Object key, Supplier<T> build) {
		if (!this.enabled) {
			return this.reading.execute((status) -> build.get());
		}
		// The revision is read before the data, so a view is never kept under a revision
		// newer than the data it was built from.
		Key full = new Key(revision(), LocalDate.now(this.clock), kind, key);
		Object kept = this.views.getIfPresent(full);
		if (kept != null) {
			return (T) kept;
		}
		T built = this.reading.execute((status) -> build.get());
		if (built != null) {
			this.views.put(full, built);
		}
		return built;
	}

	private long revision() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(REVISION_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) instanceof PublicRevision.State state) {
			return state.revision();
		}
		return this.revision.current();
	}

	private record Key(long revision, LocalDate today, String kind, Object key) {
	}

}
