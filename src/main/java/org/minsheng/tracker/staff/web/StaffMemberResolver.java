package org.minsheng.tracker.staff.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.staff.SignedInStaff;
import org.minsheng.tracker.staff.StaffMember;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Gives staff pages the signed-in {@link StaffMember}: checked once per request before
 * any staff page runs (a session whose account was disabled or deleted meanwhile is
 * refused with 403, the access-denied page, and changes nothing), then passed to
 * controllers as a handler argument. Someone who must choose a new password (they signed
 * in with one an administrator gave them) is sent to the change page from every other
 * staff page, and nothing else runs.
 */
class StaffMemberResolver implements HandlerMethodArgumentResolver, HandlerInterceptor {

	private static final String ATTRIBUTE = StaffMember.class.getName();

	private final SignedInStaff staff;

	StaffMemberResolver(SignedInStaff staff) {
		this.staff = staff;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			StaffMember member = current(request);
			if (member.mustChangePassword() && !PasswordController.PATH
				.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
				response.sendRedirect(request.getContextPath() + PasswordController.PATH);
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(StaffMember.class);
	}

	@Override
	public StaffMember resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		return current(request.getNativeRequest(HttpServletRequest.class));
	}

	private StaffMember current(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof StaffMember member) {
			return member;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			throw new AccessDeniedException("not signed in");
		}
		StaffMember member = this.staff.find(authentication.getName())
			.orElseThrow(() -> new AccessDeniedException("no enabled account"));
		request.setAttribute(ATTRIBUTE, member);
		return member;
	}

}
