package org.minsheng.tracker.system;

import jakarta.servlet.DispatcherType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public pages are open to everyone and read-only, except the suggestion form and the
 * support button. The staff workspace under {@code /staff} needs a signed-in account with
 * the right role; every state-changing request carries a CSRF token. Every response
 * carries a Content-Security-Policy without inline script or style, and the other
 * security headers. The read-only API under {@code /api/v1} is open to all; it refuses
 * every method but GET itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * Swagger UI (the interactive API page, {@code /api/docs}) applies an inline style;
	 * only its own pages may.
	 */
	static final String API_DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	static final RequestMatcher API_DOCS = PathPatternRequestMatcher.withDefaults().matcher("/api/swagger-ui/**");

	static final String LOGIN_PAGE = "/staff/login";

	/** The one path that takes a POST without a CSRF token: one-click unsubscribe. */
	static final String FOLLOW_ONE_CLICK_UNSUBSCRIBE = "/follow/unsubscribe";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain portal(HttpSecurity http, ApplicationEventPublisher events, TransactionTemplate transaction)
			throws Exception {
		// An error page renders a refusal already decided: shown to whoever was refused.
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(LOGIN_PAGE)
			.permitAll()
			.requestMatchers("/staff/admin/**", "/staff/audit/**")
			.hasRole("ADMIN")
			.requestMatchers("/staff/review/**", "/staff/moderation/**", "/staff/site-review/**")
			.hasRole("REVIEWER")
			.requestMatchers("/staff/reports/**", "/staff/import/**", "/staff/sites/**")
			.hasRole("EDITOR")
			.requestMatchers("/staff/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/suggestions", "/suggestions/*/support", "/sites/*/rating",
					"/sites/*/problems", "/follow/*/*", "/follow/confirm", "/follow/unsubscribe")
			.permitAll()
			// The annual cycle's public forms (cycle/web): support, comments, objections,
			// ratings.
			.requestMatchers(HttpMethod.POST, "/candidates/*/support", "/candidates/*/comments",
					"/cycle/*/notice/objections", "/ratings/*")
			.permitAll()
			.requestMatchers("/api/v1/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.anyRequest()
			.denyAll())
			.formLogin((form) -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.defaultSuccessUrl("/staff", true)
				.failureHandler(signInFailure())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/staff/logout").logoutSuccessUrl(LOGIN_PAGE + "?signedOut"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(API_DOCS),
						new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_DOCS,
						new ContentSecurityPolicyHeaderWriter(API_DOCS_CONTENT_SECURITY_POLICY)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()))
			.exceptionHandling((refusals) -> refusals.accessDeniedHandler(new RefusedRequests(events, transaction)))
			.requestCache((cache) -> cache.disable())
			// The read-only API answers every method but GET with a 405 problem, so a
			// CSRF
			// token protects nothing there; its CORS rule is the CorsConfigurationSource
			// bean.
			// The CSRF token lives in a cookie (double submit), not in a server session:
			// an
			// anonymous visit to a page with a form creates no session row; only
			// signed-in
			// staff have sessions.
			// RFC 8058: a mail client unsubscribes with one POST and no token of ours;
			// the
			// secret in the address is the proof (follow/FollowController).
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens())
				.ignoringRequestMatchers("/api/v1/**", FOLLOW_ONE_CLICK_UNSUBSCRIBE))
			.cors(Customizer.withDefaults());
		return http.build();
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return tokens;
	}

	private static AuthenticationFailureHandler signInFailure() {
		SimpleUrlAuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler(
				LOGIN_PAGE + "?error");
		SimpleUrlAuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler(
				LOGIN_PAGE + "?locked");
		return (request, response, exception) -> {
			if (exception instanceof LockedException) {
				locked.onAuthenticationFailure(request, response, exception);
			}
			else {
				wrongPassword.onAuthenticationFailure(request, response, exception);
			}
		};
	}

}
