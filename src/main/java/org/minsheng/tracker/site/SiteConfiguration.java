package org.minsheng.tracker.site;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates the sites' settings ({@link SiteSettings}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteSettings.class)
class SiteConfiguration {

}
