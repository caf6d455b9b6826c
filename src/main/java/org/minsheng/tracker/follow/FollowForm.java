package org.minsheng.tracker.follow;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The follow form as typed: one email address, kept in the form when refused.
 */
public class FollowForm {

	@NotBlank(message = "{follow.error.emailRequired}")
	@Size(max = Follower.MAX_EMAIL, message = "{follow.error.emailTooLong}")
	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{follow.error.emailInvalid}")
	private String email;

	public String getEmail() {
		return this.email;
	}

	/** Spaces around the address (pasted from elsewhere) are not part of it. */
	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

}
