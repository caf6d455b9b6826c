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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start, when no account exists, creates the administrator from
 * {@code PORTAL_ADMIN_USERNAME} and {@code PORTAL_ADMIN_PASSWORD}; without them, with a
 * random password printed once to the log — except under the {@code prod} profile, which
 * refuses to start instead. There is no fixed default password. When two instances start
 * at once on an empty database, one creates the account and the other, refused by the
 * unique account name, starts without creating one.
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

	private final TransactionTemplate transactions;

	AdministratorBootstrap(StaffUsers users, PasswordEncoder passwords, ApplicationEventPublisher events,
			PortalProperties settings, Environment environment, Clock clock, PlatformTransactionManager transactions) {
		this.transactions = new TransactionTemplate(transactions);
		this.users = users;
		this.passwords = passwords;
		this.events = events;
		this.settings = settings.admin();
		this.production = environment.acceptsProfiles(Profiles.of("prod"));
		this.clock = clock;
	}

	@Override
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
		String password = generated ? GeneratedPassword.next() : this.settings.password();
		try {
			this.transactions.executeWithoutResult((status) -> create(username, password, generated));
		}
		catch (DataIntegrityViolationException ex) {
			if (this.users.count() == 0) {
				throw ex;
			}
			logger.info("Another instance created the first staff account at the same moment: this one creates none");
			return;
		}
		if (generated) {
			logger.warn("No staff account existed: created administrator '" + username + "' with password " + password
					+ " (shown once; set PORTAL_ADMIN_USERNAME / PORTAL_ADMIN_PASSWORD to choose them)");
		}
		else {
			logger.info("No staff account existed: created administrator '" + username + "' from PORTAL_ADMIN_*");
		}
	}

	private void create(String username, String password, boolean generated) {
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
	}

}
