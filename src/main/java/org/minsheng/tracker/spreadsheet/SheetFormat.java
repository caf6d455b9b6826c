package org.minsheng.tracker.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.minsheng.tracker.county.County;

/**
 * The one column layout of the template, the export and the import: fourteen fixed
 * columns, then one per county in the counties' sort order, headed by the county's
 * Chinese name. The header row must match exactly. 指标名称 is checked against the indicator
 * the numbers name (when filled in); 单位 is informative and ignored on import.
 * <p>
 * Cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) are written with a leading apostrophe, and that apostrophe is removed
 * on import, so an export imports back unchanged.
 */
public final class SheetFormat {

	public static final String YES = "是";

	public static final String NO = "否";

	/** The fixed columns, in order. */
	public static final List<String> FIXED_COLUMNS = List.of("年度", "实事编号", "指标序号", "指标名称", "单位", "数值", "是否下限", "数值已核实",
			"任务是否完成", "截至日期", "说明", "佐证链接", "更正原因", "分县说明");

	private static final Pattern NEEDS_GUARD = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);

	private static final Pattern GUARDED = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);

	private SheetFormat() {
	}

	/** The header row, given the counties' Chinese names in their sort order. */
	public static List<String> header(List<String> countyNames) {
		List<String> header = new ArrayList<>(FIXED_COLUMNS);
		header.addAll(countyNames);
		return List.copyOf(header);
	}

	/** The counties' Chinese names, in the order given: their columns' headers. */
	public static List<String> countyColumns(List<County> counties) {
		return counties.stream().map((county) -> county.getName().zh()).toList();
	}

	/** A line as the cells written to a file, formula guard included. */
	public static List<String> cells(ReportLine line) {
		return values(line).stream().map(SheetFormat::guard).toList();
	}

	/** A line's cells as they are, in column order. */
	static List<String> values(ReportLine line) {
		List<String> cells = new ArrayList<>(List.of(line.planYear(), line.commitmentNumber(), line.indicatorPosition(),
				line.indicatorName(), line.unit(), line.value(), line.lowerBound(), line.confirmed(), line.taskDone(),
				line.asOf(), line.note(), line.evidenceUrl(), line.correctionReason(), line.breakdownNote()));
		cells.addAll(line.counties());
		return cells;
	}

	/** The cells read from a file as a line, padded to the header's width. */
	static ReportLine line(List<String> cells, int width) {
		return fromValues(cells.stream().map(SheetFormat::unguard).toList(), width);
	}

	/** Cells as they are (no formula guard) as a line, padded to the header's width. */
	static ReportLine fromValues(List<String> cells, int width) {
		List<String> c = new ArrayList<>(width);
		for (int i = 0; i < width; i++) {
			c.add((i < cells.size() && cells.get(i) != null) ? cells.get(i) : "");
		}
		return new ReportLine(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7), c.get(8),
				c.get(9), c.get(10), c.get(11), c.get(12), c.get(13), c.subList(FIXED_COLUMNS.size(), width));
	}

	/**
	 * Checks a file's header row against the expected one; the first mismatch is named.
	 */
	static void checkHeader(List<String> actual, List<String> expected) {
		List<String> found = new ArrayList<>(actual.stream().map(String::strip).toList());
		while (!found.isEmpty() && found.get(found.size() - 1).isEmpty()) {
			found.remove(found.size() - 1);
		}
		for (int i = 0; i < Math.max(found.size(), expected.size()); i++) {
			if (i >= found.size()) {
				throw new SheetException("import.error.header.missing", i + 1, expected.get(i));
			}
			if (i >= expected.size()) {
				throw new SheetException("import.error.header.extra", i + 1, found.get(i));
			}
			if (!found.get(i).equals(expected.get(i))) {
				throw new SheetException("import.error.header.wrong", i + 1, expected.get(i), found.get(i));
			}
		}
	}

	/**
	 * Adds the apostrophe that keeps a spreadsheet from running the cell as a formula.
	 */
	public static String guard(String cell) {
		if (cell == null) {
			return "";
		}
		return NEEDS_GUARD.matcher(cell).matches() ? "'" + cell : cell;
	}

	/** Removes the apostrophe {@link #guard(String)} added. */
	public static String unguard(String cell) {
		if (cell == null) {
			return "";
		}
		return GUARDED.matcher(cell).matches() ? cell.substring(1) : cell;
	}

}
