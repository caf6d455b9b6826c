package org.minsheng.tracker.staff;

import java.io.File;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.system.PortalProperties;
import org.minsheng.tracker.system.UnsafeSettingException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Under the {@code prod} profile a first start with no account and no
 * {@code PORTAL_ADMIN_PASSWORD} refuses to start instead of logging a generated password;
 * when another instance creates the first account at the same moment (the unique account
 * name refuses the second), this start goes on without one.
 */
class AdministratorBootstrapTest {

	private final StaffUsers users = mock(StaffUsers.class);

	private final List<Object> events = new ArrayList<>();

	/** Commits and rolls back nothing: the repository is a mock. */
	private final List<String> transactions = new ArrayList<>();

	private AdministratorBootstrap bootstrap(String adminPassword, String... profiles) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profiles);
		PortalProperties settings = new PortalProperties(new PortalProperties.Voice("salt", 5, 60, 10),
				new PortalProperties.PageCache(true, 1, 60, 300, true, 100),
				new PortalProperties.Pdf(new File("a"), new File("b"), new File("c")),
				new PortalProperties.Feeds("test"), new PortalProperties.Admin("admin", adminPassword),
				new PortalProperties.Metrics(""), new PortalProperties.Migrations(true));
		PlatformTransactionManager manager = new PlatformTransactionManager() {

			@Override
			public TransactionStatus getTransaction(TransactionDefinition definition) {
				AdministratorBootstrapTest.this.transactions.add("begin");
				return new SimpleTransactionStatus();
			}

			@Override
			public void commit(TransactionStatus status) {
				AdministratorBootstrapTest.this.transactions.add("commit");
			}

			@Override
			public void rollback(TransactionStatus status) {
				AdministratorBootstrapTest.this.transactions.add("rollback");
			}

		};
		return new AdministratorBootstrap(this.users, mock(PasswordEncoder.class), this.events::add, settings,
				environment, Clock.systemUTC(), manager);
	}

	@Test
	void prodWithoutAnAccountOrAnAdministratorPasswordRefusesToStart() {
		given(this.users.count()).willReturn(0L);
		AdministratorBootstrap bootstrap = bootstrap("", "prod");
		assertThatThrownBy(() -> bootstrap.run(null)).isInstanceOf(UnsafeSettingException.class)
			.hasMessageEndingWith("set PORTAL_ADMIN_PASSWORD");
		verify(this.users, never()).save(any());
	}

	@Test
	void aFirstStartCreatesTheAdministratorInOneTransaction() {
		given(this.users.count()).willReturn(0L);
		given(this.users.save(any())).willAnswer((invocation) -> invocation.getArgument(0));
		bootstrap("a long passphrase", "prod").run(null);
		verify(this.users).save(any());
		assertThat(this.events).singleElement().isInstanceOf(AccountCreated.class);
		assertThat(this.transactions).containsExactly("begin", "commit");
	}

	@Test
	void anotherInstanceCreatingTheFirstAccountAtTheSameMomentLetsThisStartGoOn() {
		// Both instances counted no account; the other's insert committed first.
		given(this.users.count()).willReturn(0L, 1L);
		given(this.users.save(any())).willThrow(new DataIntegrityViolationException("app_user_username_key"));
		assertThatNoException().isThrownBy(() -> bootstrap("a long passphrase", "prod").run(null));
		assertThat(this.events).as("no account created by this start").isEmpty();
		assertThat(this.transactions).containsExactly("begin", "rollback");
	}

	@Test
	void aRefusedInsertWithStillNoAccountStopsTheStart() {
		given(this.users.count()).willReturn(0L, 0L);
		given(this.users.save(any())).willThrow(new DataIntegrityViolationException("something else"));
		assertThatThrownBy(() -> bootstrap("a long passphrase", "prod").run(null))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
