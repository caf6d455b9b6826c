package org.minsheng.tracker.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;

import org.minsheng.tracker.system.InvalidInputException;

/**
 * What a password must be: at least {@link #MIN_LENGTH} characters, at most
 * {@link #MAX_BYTES} bytes (all that BCrypt reads), no control characters, not the
 * account name, and not one of the 30,000 most common passwords of leaked password lists
 * (the frequency list shipped in zxcvbn4j, MIT licence; see docs/sign-in.md), compared
 * without regard to case or spaces.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	/** BCrypt reads at most 72 bytes of a password. */
	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** Adds what is wrong with the password to the problems, at the given field. */
	static void check(String password, String username, String field, InvalidInputException.Collector problems) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add(field, "admin.user.error.passwordShort", MIN_LENGTH);
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add(field, "admin.user.error.passwordLong", MAX_BYTES);
		}
		else if (password.codePoints().anyMatch(PasswordPolicy::isControl)) {
			problems.add(field, "admin.user.error.passwordControl");
		}
		else if (isCommon(password) || (username != null && password.strip().equalsIgnoreCase(username))) {
			problems.add(field, "admin.user.error.passwordCommon");
		}
	}

	private static boolean isControl(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

	static boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		return Common.PASSWORDS.contains(lower) || Common.PASSWORDS.contains(lower.replaceAll("\\s", ""));
	}

	/** Loaded on first use. */
	private static final class Common {

		static final Set<String> PASSWORDS = load();

		private static Set<String> load() {
			try {
				return Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
