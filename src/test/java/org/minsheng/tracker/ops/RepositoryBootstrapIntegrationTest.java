package org.minsheng.tracker.ops;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Data's deferred bootstrap (docs/startup.md): Hibernate starts on a second
 * thread, and every repository, with the check of its queries, is still created while the
 * context starts (before the readiness probe answers UP), not lazily on its first use.
 */
class RepositoryBootstrapIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private ConfigurableListableBeanFactory beanFactory;

	@Autowired
	private Environment environment;

	@Test
	void everyRepositoryIsCreatedWhileTheContextStarts() {
		assertThat(this.environment.getProperty("spring.data.jpa.repositories.bootstrap-mode")).isEqualTo("deferred");
		List<String> repositories = Arrays.stream(this.beanFactory.getBeanDefinitionNames())
			.filter((name) -> JpaRepositoryFactoryBean.class.getName()
				.equals(this.beanFactory.getBeanDefinition(name).getBeanClassName()))
			.toList();
		assertThat(repositories).hasSizeGreaterThan(20);
		assertThat(repositories)
			.allSatisfy((name) -> assertThat(this.beanFactory.containsSingleton(name)).as(name).isTrue());
	}

}
