package org.minsheng.tracker.system;

import java.io.IOException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers a refused request with the 403 page in the visitor's language (saying whether
 * the role is missing or the form expired) and announces a signed-in person's refusal
 * ({@link AccessRefused}), so the audit trail records it. Anonymous refusals (a form
 * without its token) are not recorded: anyone could fill the trail with them.
 */
class RefusedRequests implements AccessDeniedHandler {

	static final String FORBIDDEN_KEY = "forbidden.message";

	static final String EXPIRED_FORM_KEY = "forbidden.csrf";

	private final AuthenticationTrustResolver signedIn = new AuthenticationTrustResolverImpl();

	private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	RefusedRequests(ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.events = events;
		this.transaction = transaction;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		boolean expiredForm = refusal instanceof CsrfException;
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (this.signedIn.isAuthenticated(who)) {
			AccessRefused event = new AccessRefused(who.getName(), request.getMethod(), request.getRequestURI(),
					expiredForm ? "csrf" : "role");
			this.transaction.executeWithoutResult((status) -> this.events.publishEvent(event));
		}
		request.setAttribute(PortalErrorAttributes.MESSAGE_KEY, expiredForm ? EXPIRED_FORM_KEY : FORBIDDEN_KEY);
		this.page.handle(request, response, refusal);
	}

}
