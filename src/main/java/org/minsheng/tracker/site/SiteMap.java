package org.minsheng.tracker.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minsheng.tracker.chart.CountyOutlines;
import org.minsheng.tracker.system.LocalizedText;

/**
 * A commitment's sites on the county outlines, drawn on the server as SVG (no map tiles):
 * each county shaded by how many sites it has and labelled with that count, and a dot for
 * each site with a position.
 *
 * @param width the drawing's width
 * @param height its height
 * @param counties every county with its outline and count
 * @param dots the sites with a position inside the map
 */
public record SiteMap(double width, double height, List<CountyArea> counties, List<Dot> dots) {

	/** A county: its outline, where its label goes, and its sites. */
	public record CountyArea(String code, LocalizedText name, String path, double labelX, double labelY, int sites,
			int level) {
	}

	/** One site on the map. */
	public record Dot(Long siteId, String name, double x, double y, SiteState state) {
	}

	static SiteMap of(List<SiteCard> cards, Map<String, LocalizedText> countyNames) {
		CountyOutlines outlines = CountyOutlines.jinzhong();
		Map<String, Integer> counts = new LinkedHashMap<>();
		cards.forEach((card) -> counts.merge(card.countyCode(), 1, Integer::sum));
		int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		List<CountyArea> areas = new ArrayList<>();
		for (CountyOutlines.Outline outline : outlines.outlines()) {
			int sites = counts.getOrDefault(outline.code(), 0);
			int level = (sites == 0 || max == 0) ? 0 : Math.max(1, (int) Math.ceil(4.0 * sites / max));
			areas.add(new CountyArea(outline.code(), countyNames.get(outline.code()), outline.path(), outline.labelX(),
					outline.labelY(), sites, level));
		}
		List<Dot> dots = new ArrayList<>();
		for (SiteCard card : cards) {
			if (card.position() != null && card.position().inJinzhong()) {
				dots.add(new Dot(card.id(), card.name(), round(MapProjection.JINZHONG.x(card.position())),
						round(MapProjection.JINZHONG.y(card.position())), card.state()));
			}
		}
		return new SiteMap(outlines.width(), outlines.height(), areas, dots);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
