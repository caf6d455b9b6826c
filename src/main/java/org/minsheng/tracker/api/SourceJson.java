package org.minsheng.tracker.api;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The published document a commitment, indicator or figure is taken from, and the quoted
 * words.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SourceJson(String code, Text publisher, LocalDate publishedOn, String quote) {
}
