package org.minsheng.tracker.staff;

/**
 * A new account as the administrator types it: every field is kept as typed so a form
 * with mistakes comes back intact (except the password, which is never shown back).
 */
public class NewAccountForm extends AccessForm {

	private String username;

	private String displayName;

	private String password;

	private boolean generatePassword;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public boolean isGeneratePassword() {
		return this.generatePassword;
	}

	public void setGeneratePassword(boolean generatePassword) {
		this.generatePassword = generatePassword;
	}

}
