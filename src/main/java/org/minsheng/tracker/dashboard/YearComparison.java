package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.minsheng.tracker.chart.GroupedBarChart;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.progress.CommitmentProgress;
import org.minsheng.tracker.progress.MeanRate;

/**
 * Published plans side by side by area: for each area and year, how many commitments, how
 * many delivered and their mean completion. The dashboard's chart of recent years and the
 * comparison page are both built from it.
 *
 * @param years the years compared, in the order asked for
 * @param rows one per area any of the plans has commitments in, in area order
 */
public record YearComparison(List<Integer> years, List<AreaRow> rows) {

	/** The most years compared at once, on the comparison page and in the chart. */
	public static final int MAX_YEARS = 5;

	/** Compares the plans of these boards, in their order. */
	public static YearComparison of(List<PlanBoard> boards) {
		Map<Integer, List<Progress>> byYear = new LinkedHashMap<>();
		boards.forEach((board) -> byYear.put(board.year(),
				board.commitments().stream().map((c) -> new Progress(c.area(), c.progress())).toList()));
		return of(byYear);
	}

	/** Compares the commitments of these years, in the map's order. */
	static YearComparison of(Map<Integer, List<Progress>> byYear) {
		TreeSet<Area> areas = new TreeSet<>();
		byYear.values().forEach((commitments) -> commitments.forEach((c) -> areas.add(c.area())));
		List<AreaRow> rows = new ArrayList<>();
		for (Area area : areas) {
			rows.add(
					new AreaRow(area, byYear.values().stream().map((commitments) -> cell(commitments, area)).toList()));
		}
		return new YearComparison(List.copyOf(byYear.keySet()), rows);
	}

	private static Cell cell(List<Progress> commitments, Area area) {
		List<CommitmentProgress> inArea = commitments.stream()
			.filter((c) -> c.area() == area)
			.map(Progress::progress)
			.toList();
		int delivered = (int) inArea.stream().filter((p) -> p.status().isDelivered()).count();
		return new Cell(inArea.size(), delivered, MeanRate.of(inArea.stream().map(CommitmentProgress::rate).toList()));
	}

	/** The mean completion by area (groups) and year (bars). */
	GroupedBarChart<Area, Integer> chart() {
		List<Area> areas = this.rows.stream().map(AreaRow::area).toList();
		List<List<BigDecimal>> values = this.rows.stream()
			.map((row) -> row.cells()
				.stream()
				.map((cell) -> (cell.commitments() > 0) ? cell.meanRate() : null)
				.toList())
			.toList();
		return GroupedBarChart.of(areas, this.years, values, BoardCharts.HUNDRED);
	}

	/** One commitment's area and progress. */
	record Progress(Area area, CommitmentProgress progress) {
	}

	/** One area across the years compared. */
	public record AreaRow(Area area, List<Cell> cells) {
	}

	/**
	 * One area in one year; {@code meanRate} is null where no commitment has a rate.
	 */
	public record Cell(int commitments, int delivered, BigDecimal meanRate) {
	}

}
