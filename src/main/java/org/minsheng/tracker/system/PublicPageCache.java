package org.minsheng.tracker.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.display.SeniorMode;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Keeps rendered public pages in memory, keyed by the database's {@link PublicRevision}
 * and a {@link PageAddress} (origin, path, the parameters the page understands, language,
 * the seniors' mode, the city's date). Each request reads the revision (one small query),
 * so an approval on any instance makes every instance render afresh: the cache is never
 * stale and no instance depends on another. Concurrent requests for a page being rendered
 * wait for that one render. Every public page is sent with {@link PageValidators} so
 * browsers and proxies keep it for a short while and revalidate with a 304. Runs after
 * the security filters, so every response still carries the security headers.
 */
@Component
class PublicPageCache extends OncePerRequestFilter {

	private static final String[] CACHED_PREFIXES = { "/plans/", "/counties/", "/sources/" };

	/** Downloads and feeds are built on each request and never kept in memory. */
	private static final String[] UNCACHED_SUFFIXES = { ".csv", ".xlsx", ".pdf", ".atom" };

	/** How long a request waits for another request's render of the same page. */
	private static final Duration COALESCING_WAIT = Duration.ofSeconds(10);

	private final PublicRevision revision;

	private final LocaleResolver locales;

	private final Clock clock;

	private final PortalProperties.PageCache settings;

	private final Cache<PageKey, RenderedPage> pages;

	private final ConcurrentMap<PageKey, CompletableFuture<Optional<RenderedPage>>> renderings = new ConcurrentHashMap<>();

	private final Counter hits;

	private final Counter misses;

	private final Counter coalesced;

	private final MeterRegistry meters;

	private final AtomicInteger waiters = new AtomicInteger();

	PublicPageCache(PublicRevision revision, LocaleResolver locales, Clock clock, PortalProperties settings,
			MeterRegistry meters) {
		this.revision = revision;
		this.locales = locales;
		this.clock = clock;
		this.settings = settings.pageCache();
		this.meters = meters;
		// Bounded by bytes, not entries: a visitor varying the address can only churn
		// the cache, never grow the heap past this.
		this.pages = Caffeine.newBuilder()
			.maximumWeight(this.settings.maxBytes())
			.weigher((PageKey key, RenderedPage page) -> page.body().length)
			.expireAfterAccess(Duration.ofMinutes(30))
			.build();
		this.hits = Counter.builder("portal.page.cache").tag("result", "hit").register(meters);
		this.misses = Counter.builder("portal.page.cache").tag("result", "miss").register(meters);
		this.coalesced = Counter.builder("portal.page.cache").tag("result", "coalesced").register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String suffix : UNCACHED_SUFFIXES) {
			if (path.endsWith(suffix)) {
				return true;
			}
		}
		for (String prefix : CACHED_PREFIXES) {
			if (path.startsWith(prefix)) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PublicRevision.State state = this.revision.state();
		request.setAttribute(PublicViews.REVISION_ATTRIBUTE, state);
		LocalDate today = LocalDate.now(this.clock);
		PageKey key = new PageKey(state.revision(), PageAddress.of(request), this.locales.resolveLocale(request),
				SeniorMode.isOn(request), today);
		Instant lastModified = PageValidators.lastModified(state.changedAt(), today, this.clock.getZone());
		RenderedPage cached = this.settings.enabled() ? this.pages.getIfPresent(key) : null;
		if (cached != null) {
			this.hits.increment();
			cached.writeTo(request, response, lastModified, this.settings);
			return;
		}
		if (!this.settings.enabled()) {
			renderAndSend(key, request, response, chain, lastModified);
			return;
		}
		CompletableFuture<Optional<RenderedPage>> mine = new CompletableFuture<>();
		CompletableFuture<Optional<RenderedPage>> running = this.renderings.putIfAbsent(key, mine);
		if (running != null) {
			this.waiters.incrementAndGet();
			Optional<RenderedPage> other;
			try {
				other = awaitOther(running);
			}
			finally {
				this.waiters.decrementAndGet();
			}
			if (other.isPresent()) {
				this.coalesced.increment();
				other.get().writeTo(request, response, lastModified, this.settings);
				return;
			}
			renderAndSend(key, request, response, chain, lastModified);
			return;
		}
		try {
			RenderedPage rendered = renderAndSend(key, request, response, chain, lastModified);
			if (rendered != null) {
				this.pages.put(key, rendered);
			}
			mine.complete(Optional.ofNullable(rendered));
		}
		catch (IOException | ServletException | RuntimeException ex) {
			mine.complete(Optional.empty());
			throw ex;
		}
		finally {
			this.renderings.remove(key, mine);
		}
	}

	/**
	 * Renders the page through the rest of the chain and sends it. Returns it when it may
	 * be shared (a 200 that sets no cookie), otherwise null.
	 */
	private RenderedPage renderAndSend(PageKey key, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain, Instant lastModified) throws IOException, ServletException {
		this.misses.increment();
		CapturingResponse capturing = new CapturingResponse(response);
		Timer.Sample sample = Timer.start(this.meters);
		request.setAttribute(EncodedParts.ATTRIBUTE, capturing.encodedParts());
		try {
			chain.doFilter(request, capturing);
		}
		finally {
			request.removeAttribute(EncodedParts.ATTRIBUTE);
		}
		sample.stop(Timer.builder("portal.page.render").tag("page", key.address().kind()).register(this.meters));
		if (capturing.getStatus() != HttpServletResponse.SC_OK || capturing.containsHeader(HttpHeaders.SET_COOKIE)
				|| capturing.getContentType() == null) {
			capturing.sendCaptured();
			return null;
		}
		// Headers and status went through to the response; only the body was held back.
		RenderedPage rendered = new RenderedPage(key, capturing.getContentType(),
				capturing.getHeader(HttpHeaders.CONTENT_LANGUAGE), capturing.body());
		rendered.writeTo(request, response, lastModified, this.settings);
		return rendered;
	}

	private static Optional<RenderedPage> awaitOther(CompletableFuture<Optional<RenderedPage>> running) {
		try {
			return running.get(COALESCING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (ExecutionException | TimeoutException ex) {
			return Optional.empty();
		}
	}

	/** Requests now waiting for another request's render. */
	int waiting() {
		return this.waiters.get();
	}

	/** The bytes of rendered pages held now, after pending evictions. */
	long cachedBytes() {
		this.pages.cleanUp();
		return this.pages.policy()
			.eviction()
			.flatMap((eviction) -> eviction.weightedSize().stream().boxed().findFirst())
			.orElse(0L);
	}

	private record PageKey(long revision, PageAddress address, Locale locale, boolean senior, LocalDate day) {
	}

	private record RenderedPage(String contentType, String contentLanguage, byte[] body, String etag) {

		/**
		 * The ETag names the page's key, not its bytes: a page is a function of its key
		 * (revision, address, language, mode, day), and hashing a short key instead of
		 * the whole body saved 6 % of an uncached render (docs/performance.md).
		 */
		RenderedPage(PageKey key, String contentType, String contentLanguage, byte[] body) {
			this(contentType, contentLanguage, body, PageValidators.etagOf(key.toString()));
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response, Instant lastModified,
				PortalProperties.PageCache settings) throws IOException {
			PageValidators.shareable(response, this.etag, lastModified, settings);
			if (this.contentLanguage != null) {
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, this.contentLanguage);
			}
			if (PageValidators.notModified(request, this.etag, lastModified)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(this.contentType);
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
