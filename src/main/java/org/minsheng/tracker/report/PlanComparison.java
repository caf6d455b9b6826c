package org.minsheng.tracker.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.minsheng.tracker.dashboard.CommitmentView;
import org.minsheng.tracker.dashboard.PlanBoard;
import org.minsheng.tracker.plan.Area;

/**
 * Published plans side by side by area: for each area and year, how many commitments, how
 * many delivered and their mean completion.
 *
 * @param boards the plans compared, in the order asked for
 * @param rows one per area any of the plans has commitments in
 */
record PlanComparison(List<PlanBoard> boards, List<AreaRow> rows) {

	static PlanComparison of(List<PlanBoard> boards) {
		TreeSet<Area> areas = new TreeSet<>();
		boards.forEach((board) -> board.commitments().forEach((c) -> areas.add(c.area())));
		List<AreaRow> rows = new ArrayList<>();
		for (Area area : areas) {
			rows.add(new AreaRow(area, boards.stream().map((board) -> cell(board, area)).toList()));
		}
		return new PlanComparison(boards, rows);
	}

	private static Cell cell(PlanBoard board, Area area) {
		List<CommitmentView> inArea = board.commitments().stream().filter((c) -> c.area() == area).toList();
		int delivered = (int) inArea.stream().filter((c) -> c.progress().status().isDelivered()).count();
		List<BigDecimal> rates = inArea.stream().map((c) -> c.progress().rate()).filter(Objects::nonNull).toList();
		BigDecimal mean = rates.isEmpty() ? null
				: rates.stream()
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(rates.size()), 1, RoundingMode.DOWN);
		return new Cell(inArea.size(), delivered, mean);
	}

	/** One area across the years compared. */
	record AreaRow(Area area, List<Cell> cells) {
	}

	/**
	 * One area in one year; {@code meanRate} is null where no commitment has a rate.
	 */
	record Cell(int commitments, int delivered, BigDecimal meanRate) {
	}

}
