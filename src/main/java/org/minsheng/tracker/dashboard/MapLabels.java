package org.minsheng.tracker.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minsheng.tracker.chart.CountyMap;
import org.minsheng.tracker.chart.LabelLayout;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.PortalFormat;
import org.minsheng.tracker.system.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The county map's labels (a short name and the value), placed so that none overlaps
 * another in either language. The template draws them; a link's accessible name is the
 * text it shows.
 */
@Component("mapLabels")
public class MapLabels {

	static final double NAME_SIZE = 11;

	static final double VALUE_SIZE = 10;

	/** From a label's centre to the baselines of its two lines. */
	static final double NAME_BASELINE = -2;

	static final double VALUE_BASELINE = 10;

	static final double HEIGHT = 25;

	private final MessageSource messages;

	private final PortalFormat fmt;

	MapLabels(MessageSource messages, PortalFormat fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	/**
	 * The labels of every region, in the map's order.
	 * @param unit the unit of the figures shown, or null for counts of commitments
	 */
	public List<MapLabel> of(CountyMap<CountyRef> map, LocalizedText unit) {
		Locale locale = LocaleContextHolder.getLocale();
		List<LabelLayout.Box> boxes = new ArrayList<>();
		List<String[]> texts = new ArrayList<>();
		for (CountyMap.Region<CountyRef> region : map.regions()) {
			String name = shortName(region.subject().name(), locale);
			String value = valueText(region, unit, locale);
			texts.add(new String[] { name, value });
			double width = Math.max(LabelLayout.textWidth(name, NAME_SIZE), LabelLayout.textWidth(value, VALUE_SIZE))
					+ 2;
			boxes.add(new LabelLayout.Box(region.labelX(), region.labelY(), width, HEIGHT));
		}
		List<LabelLayout.Box> placed = LabelLayout.place(boxes, map.width(), map.height());
		List<MapLabel> labels = new ArrayList<>();
		for (int i = 0; i < placed.size(); i++) {
			CountyMap.Region<CountyRef> region = map.regions().get(i);
			LabelLayout.Box box = placed.get(i);
			boolean moved = Math.hypot(box.cx() - region.labelX(), box.cy() - region.labelY()) > 6;
			labels.add(new MapLabel(texts.get(i)[0], texts.get(i)[1], round(box.cx()), round(box.cy() + NAME_BASELINE),
					round(box.cy() + VALUE_BASELINE), box, moved, round(region.labelX()), round(region.labelY())));
		}
		return labels;
	}

	/** "Yuci" for "Yuci District" on the map; the Chinese name as it is. */
	static String shortName(LocalizedText name, Locale locale) {
		String text = name.in(locale);
		if (SupportedLanguages.isEnglish(locale)) {
			return text.replaceFirst(" (District|County|City)$", "");
		}
		return text;
	}

	private String valueText(CountyMap.Region<CountyRef> region, LocalizedText unit, Locale locale) {
		if (region.shade().hasValue()) {
			return (unit == null)
					? this.messages.getMessage("chart.map.count",
							new Object[] { this.fmt.figure(region.value(), false, locale) }, locale)
					: this.fmt.amount(region.value(), false, unit);
		}
		String key = (region.shade() == CountyMap.Shade.MENTIONED) ? "map.label.mentioned" : "chart.noData";
		return this.messages.getMessage(key, null, locale);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * One label.
	 *
	 * @param name the county's short name
	 * @param value its value, or what stands for none
	 * @param x the centre
	 * @param nameY the name's baseline
	 * @param valueY the value's baseline
	 * @param box the space the label takes
	 * @param moved whether it was moved away from its county (then a leader line joins
	 * them)
	 * @param anchorX the county's label point
	 * @param anchorY the county's label point
	 */
	public record MapLabel(String name, String value, double x, double nameY, double valueY, LabelLayout.Box box,
			boolean moved, double anchorX, double anchorY) {
	}

}
