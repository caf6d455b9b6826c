package org.minsheng.tracker.staff;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.minsheng.tracker.system.PortalProperties;
import org.minsheng.tracker.system.UnsafeSettingException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start, when no account exists, creates the administrator from
 * {@code PORTAL_ADMIN_USERNAME} and {@code PORTAL_ADMIN_PASSWORD}; without them, with a
 * random password printed once to the log — except under the {@code prod} profile, which
 * refuses to start instead. There is no fixed default password.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(AdministratorBootstrap.class);

	private final StaffUsers users;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final PortalProperties.Admin settings;

	private final boolean production;

	private final Clock clock;

	AdministratorBootstrap(StaffUsers users, PasswordEncoder passwords, ApplicationEventPublisher events,
			PortalProperties settings, Environment environment, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.events = events;
		this.settings = settings.admin();
		this.production = environment.acceptsProfiles(Profiles.of("prod"));
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		boolean generated = !this.settings.hasPassword();
		if (generated && this.production) {
			throw new UnsafeSettingException("PORTAL_ADMIN_PASSWORD",
					"The prod profile found no staff account and no first administrator to create");
		}
		String username = (this.settings.username() == null || this.settings.username().isBlank()) ? "admin"
				: this.settings.username().trim().toLowerCase(Locale.ROOT);
		String password = this.settings.password();
		if (generated) {
			password = GeneratedPassword.next();
		}
		StaffUser admin = new StaffUser(username, "Administrator", this.passwords.encode(password),
				EnumSet.of(Role.ADMIN), this.clock.instant());
		if (generated) {
			// Printed to the log: the administrator must choose their own at first
			// sign-in.
			admin.assignPasswordHash(admin.getPasswordHash());
		}
		admin = this.users.save(admin);
		this.events.publishEvent(new AccountCreated(admin.getId(), username, null,
				generated ? AccountCreated.PasswordSource.GENERATED : AccountCreated.PasswordSource.FROM_ENVIRONMENT,
				"system"));
		if (generated) {
			logger.warn("No staff account existed: created administrator '" + username + "' with password " + password
					+ " (shown once; set PORTAL_ADMIN_USERNAME / PORTAL_ADMIN_PASSWORD to choose them)");
		}
		else {
			logger.info("No staff account existed: created administrator '" + username + "' from PORTAL_ADMIN_*");
		}
	}

}
