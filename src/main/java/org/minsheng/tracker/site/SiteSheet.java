package org.minsheng.tracker.site;

import java.util.List;
import java.util.Map;

/**
 * The sites' spreadsheet layout, one for the template, the export and the import: the
 * indicator (year, commitment number, indicator position), the site's number (empty for a
 * new site), then what staff file about it. The state is written as its Chinese label.
 */
public final class SiteSheet {

	public static final List<String> HEADER = List.of("年度", "实事编号", "指标序号", "点位编号", "名称", "地址", "县(区、市)", "纬度(GCJ-02)",
			"经度(GCJ-02)", "投入使用日期", "状态");

	static final Map<SiteState, String> STATE_LABELS = Map.of(SiteState.PLANNED, "规划中", SiteState.UNDER_CONSTRUCTION,
			"建设中", SiteState.IN_SERVICE, "在用", SiteState.OUT_OF_SERVICE, "停用");

	private SiteSheet() {
	}

	static String label(SiteState state) {
		return STATE_LABELS.get(state);
	}

	/** The state a cell names, by its label or its code, or null. */
	static SiteState state(String cell) {
		for (Map.Entry<SiteState, String> entry : STATE_LABELS.entrySet()) {
			if (entry.getValue().equals(cell)) {
				return entry.getKey();
			}
		}
		return SiteState.fromParameter(cell);
	}

}
