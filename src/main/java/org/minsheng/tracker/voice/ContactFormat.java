package org.minsheng.tracker.voice;

import java.util.regex.Pattern;

/**
 * What the public forms accept as contact details: a phone number or an e-mail address
 * (the suggestion form and a site's problem form alike).
 */
public final class ContactFormat {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,19}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private ContactFormat() {
	}

	/** Whether the stripped text is a phone number or an e-mail address. */
	public static boolean isWellFormed(String contact) {
		return PHONE.matcher(contact).matches() || EMAIL.matcher(contact).matches();
	}

}
