package org.minsheng.tracker.system;

/**
 * A signed-in person was refused a request (HTTP 403): a page their role does not open,
 * or a form sent without a valid CSRF token. The audit trail records it.
 *
 * @param username who was refused
 * @param method the request's method
 * @param path the address asked for (without query string)
 * @param reason {@code role} or {@code csrf}
 */
public record AccessRefused(String username, String method, String path, String reason) {

}
