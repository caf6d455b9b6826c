package org.minsheng.tracker.system;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Error pages rendered by Spring Boot's error controller (after a filter refused a
 * request) get the message key the filter chose, or a general one, so that they always
 * say something in the visitor's language.
 */
@Component
class PortalErrorAttributes extends DefaultErrorAttributes {

	static final String MESSAGE_KEY = PortalErrorAttributes.class.getName() + ".messageKey";

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object key = request.getAttribute(MESSAGE_KEY, RequestAttributes.SCOPE_REQUEST);
		Object status = attributes.get("status");
		if (key == null && Integer.valueOf(404).equals(status)) {
			key = "notFound.page";
		}
		else if (key == null && Integer.valueOf(403).equals(status)) {
			key = RefusedRequests.FORBIDDEN_KEY;
		}
		else if (key == null && Integer.valueOf(405).equals(status)) {
			key = MethodNotAllowedFilter.MESSAGE_KEY;
		}
		else if (key == null) {
			key = "badRequest.general";
		}
		attributes.put("messageKey", key);
		attributes.put("messageArguments", new Object[0]);
		attributes.put("signedIn", request.getUserPrincipal() != null);
		return attributes;
	}

}
