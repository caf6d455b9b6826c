package org.minsheng.tracker.system;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

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

	private final FilterChain renderer = (request, response) -> {
		this.renders.incrementAndGet();
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write("页".repeat(PAGE_BYTES / 3).getBytes(StandardCharsets.UTF_8));
	};

	private PublicPageCache cacheOfOneMegabyte() {
		PublicRevision revision = mock(PublicRevision.class);
		given(revision.current()).willReturn(42L);
		PortalProperties settings = new PortalProperties(new PortalProperties.Voice("salt", 5, 60, 10),
				new PortalProperties.PageCache(1),
				new PortalProperties.Pdf(new File("a"), new File("b"), new File("c")),
				new PortalProperties.Feeds("test"), new PortalProperties.Admin("admin", null));
		return new PublicPageCache(revision, new AcceptHeaderLocaleResolver(),
				Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai")), settings);
	}

	private MockHttpServletResponse get(PublicPageCache cache, String query) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plans/2025");
		request.setQueryString(query);
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, this.renderer);
		return response;
	}

	@Test
	void distinctQueryStringsNeverGrowTheCachePastItsBound() throws Exception {
		PublicPageCache cache = cacheOfOneMegabyte();
		for (int i = 0; i < 40; i++) {
			assertThat(get(cache, "x=" + i).getStatus()).isEqualTo(200);
		}
		assertThat(this.renders).hasValue(40);
		assertThat(cache.cachedBytes()).isPositive().isLessThanOrEqualTo(1024 * 1024);
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
