package org.minsheng.tracker.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Documents the {@code asOf} parameter every API call accepts.
 */
@Target({ ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "asOf",
		description = "Show the figures exactly as the public could see them at the end of this day "
				+ "(Asia/Shanghai, by approval time). Absent: the latest figures. Malformed or future: 400.",
		schema = @Schema(type = "string", format = "date", example = "2026-03-31"))
@interface AsOfDay {

}
