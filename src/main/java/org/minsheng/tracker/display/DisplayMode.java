package org.minsheng.tracker.display;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * For templates ({@code @displayMode}): whether the seniors' mode is on and the address
 * its switch returns to (this page, with its filters). A bean rather than model
 * attributes, so error pages know the mode too.
 */
@Component("displayMode")
public class DisplayMode {

	public boolean senior() {
		HttpServletRequest request = current();
		return request != null && SeniorMode.isOn(request);
	}

	public String returnPath() {
		HttpServletRequest request = current();
		if (request == null) {
			return "/";
		}
		Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
		String uri = (forwarded instanceof String original) ? original : request.getRequestURI();
		String path = uri.substring(request.getContextPath().length());
		String query = (forwarded == null) ? request.getQueryString() : null;
		return (query != null) ? path + "?" + query : path;
	}

	private static HttpServletRequest current() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
