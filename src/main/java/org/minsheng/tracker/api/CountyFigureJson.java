package org.minsheng.tracker.api;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One county's part of an indicator's current figure.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CountyFigureJson(String code, Text name, BigDecimal figure) {
}
