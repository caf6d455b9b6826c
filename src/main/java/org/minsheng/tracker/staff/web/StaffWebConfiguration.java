package org.minsheng.tracker.staff.web;

import java.util.List;

import org.minsheng.tracker.staff.SignedInStaff;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every staff page runs for an enabled account only, and receives it as a
 * {@link org.minsheng.tracker.staff.StaffMember} argument.
 */
@Configuration(proxyBeanMethods = false)
class StaffWebConfiguration implements WebMvcConfigurer {

	private final StaffMemberResolver resolver;

	StaffWebConfiguration(SignedInStaff staff) {
		this.resolver = new StaffMemberResolver(staff);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.resolver);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.resolver).addPathPatterns("/staff/**").excludePathPatterns("/staff/login");
	}

}
