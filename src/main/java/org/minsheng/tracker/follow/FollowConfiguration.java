package org.minsheng.tracker.follow;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds and validates {@link FollowSettings}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowSettings.class)
class FollowConfiguration {

}
