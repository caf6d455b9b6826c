package org.minsheng.tracker.staff;

/**
 * A password change as typed; never shown back.
 */
public class PasswordForm {

	private String current;

	private String password;

	private String repeat;

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getRepeat() {
		return this.repeat;
	}

	public void setRepeat(String repeat) {
		this.repeat = repeat;
	}

	/** Forgets what was typed, so the page never shows it back. */
	public void clear() {
		this.current = null;
		this.password = null;
		this.repeat = null;
	}

}
