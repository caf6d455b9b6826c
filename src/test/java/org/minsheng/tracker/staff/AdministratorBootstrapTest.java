package org.minsheng.tracker.staff;

import java.io.File;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.minsheng.tracker.system.PortalProperties;
import org.minsheng.tracker.system.UnsafeSettingException;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Under the {@code prod} profile a first start with no account and no
 * {@code PORTAL_ADMIN_PASSWORD} refuses to start instead of logging a generated password.
 */
class AdministratorBootstrapTest {

	@Test
	void prodWithoutAnAccountOrAnAdministratorPasswordRefusesToStart() {
		StaffUsers users = mock(StaffUsers.class);
		given(users.count()).willReturn(0L);
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		PortalProperties settings = new PortalProperties(new PortalProperties.Voice("salt", 5, 60, 10),
				new PortalProperties.PageCache(true, 1, 60, 300, true, 100),
				new PortalProperties.Pdf(new File("a"), new File("b"), new File("c")),
				new PortalProperties.Feeds("test"), new PortalProperties.Admin("admin", ""),
				new PortalProperties.Metrics(""), new PortalProperties.Migrations(true));
		AdministratorBootstrap bootstrap = new AdministratorBootstrap(users, mock(PasswordEncoder.class), event -> {
		}, settings, environment, Clock.systemUTC());
		assertThatThrownBy(() -> bootstrap.run(null)).isInstanceOf(UnsafeSettingException.class)
			.hasMessageEndingWith("set PORTAL_ADMIN_PASSWORD");
		verify(users, never()).save(any());
	}

}
