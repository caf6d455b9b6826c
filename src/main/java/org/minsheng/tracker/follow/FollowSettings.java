package org.minsheng.tracker.follow;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Following a commitment ({@code portal.follow.*}).
 *
 * @param signUpsPerHour sign-ups one client address may make in an hour
 * @param confirmWithinDays days a confirmation link stays valid; the unconfirmed address
 * is deleted after them
 */
@Validated
@ConfigurationProperties("portal.follow")
public record FollowSettings(@Min(1) @Max(1000) int signUpsPerHour, @Min(1) @Max(30) int confirmWithinDays) {

}
