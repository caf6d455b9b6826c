package org.minsheng.tracker.ops;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only an unreachable database becomes a 503; every other failure is left to the error
 * pages.
 */
class DatabaseUnavailableFilterTest {

	@Test
	void anUnreachableDatabaseIsA503WithRetryAfter() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new DatabaseUnavailableFilter().doFilter(new MockHttpServletRequest("GET", "/plans/2025"), response,
				(request, ignored) -> {
					throw new IllegalStateException("render failed",
							new CannotGetJdbcConnectionException("Connection is not available"));
				});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
	}

	@Test
	void otherFailuresAreNotDisguisedAsAnOutage() {
		assertThatThrownBy(() -> new DatabaseUnavailableFilter().doFilter(
				new MockHttpServletRequest("GET", "/plans/2025"), new MockHttpServletResponse(), (request, ignored) -> {
					throw new IllegalArgumentException("a bug");
				}))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
