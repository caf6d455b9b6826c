package org.minsheng.tracker.system;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The page cache is bounded by bytes: a visitor sending ever new query strings churns it
 * but never grows it past its setting, and a page seen again is served without rendering.
 */
class PublicPageCacheTest {

	private static final int PAGE_BYTES = 200 * 1024;

	private final AtomicInteger renders = new AtomicInteger();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final FilterChain renderer = (request, response) -> {
		this.renders.incrementAndGet();
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write("页".repeat(PAGE_BYTES / 3).getBytes(StandardCharsets.UTF_8));
	};

	private PublicPageCache cacheOfOneMegabyte() {
		PublicRevision revision = mock(PublicRevision.class);
		given(revision.state()).willReturn(new PublicRevision.State(42L, Instant.parse("2025-06-29T00:00:00Z")));
		PortalProperties settings = new PortalProperties(new PortalProperties.Voice("salt", 5, 60, 10),
				new PortalProperties.PageCache(true, 1, 60, 300, true, 100),
				new PortalProperties.Pdf(new File("a"), new File("b"), new File("c")),
				new PortalProperties.Feeds("test"), new PortalProperties.Admin("admin", null),
				new PortalProperties.Metrics(""), new PortalProperties.Migrations(true));
		return new PublicPageCache(revision, new AcceptHeaderLocaleResolver(),
				Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai")), settings, this.meters);
	}

	private MockHttpServletResponse get(PublicPageCache cache, String query) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plans/2025");
		if (query != null) {
			request.setQueryString(query);
			String[] parameter = query.split("=", 2);
			request.setParameter(parameter[0], parameter[1]);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, this.renderer);
		return response;
	}

	@Test
	void distinctAddressesNeverGrowTheCachePastItsBound() throws Exception {
		PublicPageCache cache = cacheOfOneMegabyte();
		for (int i = 0; i < 40; i++) {
			assertThat(get(cache, "county=c" + i).getStatus()).isEqualTo(200);
		}
		assertThat(this.renders).hasValue(40);
		assertThat(cache.cachedBytes()).isPositive().isLessThanOrEqualTo(1024 * 1024);
	}

	@Test
	void concurrentRequestsForAPageBeingRenderedWaitForThatOneRender() throws Exception {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slow = (request, response) -> {
			rendering.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.renderer.doFilter(request, response);
		};
		PublicPageCache cache = cacheOfOneMegabyte();
		ExecutorService visitors = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> answers = new ArrayList<>();
			answers.add(visitors.submit(() -> body(cache, slow)));
			assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 7; i++) {
				answers.add(visitors.submit(() -> body(cache, slow)));
			}
			Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> this.meters.counter("portal.page.cache", "result", "miss").count() == 1
						&& cache.waiting() == 7);
			release.countDown();
			Set<String> bodies = new HashSet<>();
			for (Future<String> answer : answers) {
				bodies.add(answer.get(10, TimeUnit.SECONDS));
			}
			assertThat(bodies).hasSize(1);
			assertThat(this.renders).hasValue(1);
			assertThat(this.meters.counter("portal.page.cache", "result", "coalesced").count()).isEqualTo(7);
		}
		finally {
			visitors.shutdownNow();
		}
	}

	private static String body(PublicPageCache cache, FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plans/2025");
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, chain);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aPageSeenAgainIsServedFromTheCacheWithTheSameBody() throws Exception {
		PublicPageCache cache = cacheOfOneMegabyte();
		String first = get(cache, null).getContentAsString(StandardCharsets.UTF_8);
		MockHttpServletResponse again = get(cache, null);
		assertThat(this.renders).hasValue(1);
		assertThat(again.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first);
		assertThat(again.getContentType()).startsWith("text/html");
	}

}
