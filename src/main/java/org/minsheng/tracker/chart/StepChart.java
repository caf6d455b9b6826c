package org.minsheng.tracker.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator's approved figures over its plan's year as a step line (a figure holds
 * until the next one), with the target drawn as a horizontal line. The line starts at the
 * first figure: before it there is no data, which is not drawn as zero.
 *
 * @param path the step line as SVG path data ("" without points)
 * @param targetY where the target line stands, or null without a target
 * @param yTicks the value axis: 0, half and the top of the scale
 * @param xTicks the first day of each quarter within the period
 * @param planned the planned line's corners (planned pace), empty without one
 * @param plannedPath the planned line as SVG path data ("" without one)
 */
public record StepChart(List<Point> points, String path, BigDecimal target, Double targetY, BigDecimal max,
		List<ValueTick> yTicks, List<DayTick> xTicks, double width, double height, double plotLeft, double plotRight,
		double plotTop, double plotBottom, List<Reading> planned, String plannedPath) {

	public static final double WIDTH = 360;

	public static final double HEIGHT = 190;

	static final double LEFT = 48;

	static final double RIGHT = 12;

	static final double TOP = 14;

	static final double BOTTOM = 26;

	/** One approved figure, placed. */
	public record Point(LocalDate day, BigDecimal value, boolean lowerBound, double x, double y) {
	}

	/** A figure as of a day. */
	public record Reading(LocalDate day, BigDecimal value, boolean lowerBound) {
	}

	/** A labelled value on the vertical axis. */
	public record ValueTick(BigDecimal value, double y) {
	}

	/** A labelled day on the horizontal axis. */
	public record DayTick(LocalDate day, double x) {
	}

	/**
	 * Places the readings (in any order; one per day) on the period from {@code first} to
	 * {@code last} (widened to any reading outside it). The line runs on to {@code until}
	 * if that is later than the last reading.
	 * @param fixedMax the top of the scale (100 for a percentage), or null to fit the
	 * figures and the target
	 */
	public static StepChart of(List<Reading> readings, BigDecimal target, LocalDate first, LocalDate last,
			LocalDate until, BigDecimal fixedMax) {
		return of(readings, target, first, last, until, fixedMax, List.of());
	}

	/**
	 * As {@link #of(List, BigDecimal, LocalDate, LocalDate, LocalDate, BigDecimal)}, with
	 * the planned line drawn straight through its corners (in day order).
	 */
	public static StepChart of(List<Reading> readings, BigDecimal target, LocalDate first, LocalDate last,
			LocalDate until, BigDecimal fixedMax, List<Reading> planned) {
		List<Reading> sorted = readings.stream().sorted(java.util.Comparator.comparing(Reading::day)).toList();
		LocalDate start = sorted.isEmpty() || !sorted.get(0).day().isBefore(first) ? first : sorted.get(0).day();
		LocalDate end = sorted.isEmpty() || !sorted.get(sorted.size() - 1).day().isAfter(last) ? last
				: sorted.get(sorted.size() - 1).day();
		BigDecimal largest = sorted.stream().map(Reading::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		if (target != null && target.compareTo(largest) > 0) {
			largest = target;
		}
		for (Reading corner : planned) {
			if (corner.value().compareTo(largest) > 0) {
				largest = corner.value();
			}
		}
		BigDecimal max = (fixedMax != null) ? fixedMax : Scale.niceCeiling(largest);
		Axis axis = new Axis(start, end, max);
		StringBuilder plannedPath = new StringBuilder();
		for (Reading corner : planned) {
			plannedPath.append(plannedPath.isEmpty() ? "M" : " L")
				.append(axis.x(corner.day()))
				.append(',')
				.append(axis.y(corner.value()));
		}
		List<Point> points = new ArrayList<>();
		StringBuilder path = new StringBuilder();
		for (Reading reading : sorted) {
			Point point = new Point(reading.day(), reading.value(), reading.lowerBound(), axis.x(reading.day()),
					axis.y(reading.value()));
			path.append(points.isEmpty() ? "M" + point.x() + "," + point.y() : " H" + point.x() + " V" + point.y());
			points.add(point);
		}
		if (!points.isEmpty()) {
			LocalDate lastDay = points.get(points.size() - 1).day();
			LocalDate runTo = (until != null && until.isAfter(lastDay)) ? (until.isAfter(end) ? end : until) : lastDay;
			if (runTo.isAfter(lastDay)) {
				path.append(" H").append(axis.x(runTo));
			}
		}
		List<ValueTick> yTicks = List.of(new ValueTick(BigDecimal.ZERO, axis.y(BigDecimal.ZERO)),
				new ValueTick(Scale.half(max), axis.y(Scale.half(max))), new ValueTick(max, axis.y(max)));
		List<DayTick> xTicks = new ArrayList<>();
		for (LocalDate day = start.withDayOfMonth(1); !day.isAfter(end); day = day.plusMonths(1)) {
			if (!day.isBefore(start) && (day.getMonthValue() - 1) % 3 == 0) {
				xTicks.add(new DayTick(day, axis.x(day)));
			}
		}
		return new StepChart(points, path.toString(), target, (target != null) ? axis.y(target) : null, max, yTicks,
				xTicks, WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, List.copyOf(planned),
				plannedPath.toString());
	}

	public boolean hasPlannedLine() {
		return !this.plannedPath.isEmpty();
	}

	public boolean hasPoints() {
		return !this.points.isEmpty();
	}

	private record Axis(LocalDate start, LocalDate end, BigDecimal max) {

		double x(LocalDate day) {
			long days = Math.max(1, ChronoUnit.DAYS.between(this.start, this.end));
			double share = (double) ChronoUnit.DAYS.between(this.start, day) / days;
			return Scale.round(LEFT + Math.max(0, Math.min(1, share)) * (WIDTH - LEFT - RIGHT));
		}

		double y(BigDecimal value) {
			double plot = HEIGHT - TOP - BOTTOM;
			return Scale.round(HEIGHT - BOTTOM - Scale.along(value, this.max, plot));
		}

	}

}
