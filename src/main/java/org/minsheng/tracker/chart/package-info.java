/**
 * Chart geometry for the public pages: bars, steps, stacks and the county map, computed
 * in Java as plain numbers so that templates only print SVG coordinates.
 */
package org.minsheng.tracker.chart;
