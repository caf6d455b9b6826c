package org.minsheng.tracker.share;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the share interceptor see every page's model. */
@Configuration(proxyBeanMethods = false)
class ShareConfiguration implements WebMvcConfigurer {

	private final ShareInterceptor interceptor;

	ShareConfiguration(ShareInterceptor interceptor) {
		this.interceptor = interceptor;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.interceptor).excludePathPatterns("/api/**", "/share/**");
	}

}
