package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;

/**
 * One county's part of an indicator's current figure.
 */
public record CountyAmount(CountyRef county, BigDecimal figure) {
}
