package org.minsheng.tracker.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Places map labels so that no two overlap: each label starts centred on its anchor and
 * overlapping labels are pushed apart, along the axis where they overlap least, until
 * none overlaps or the rounds run out. Label sizes are estimated from their text (a
 * Chinese character is one em wide, a Latin one about 0.62 em).
 */
public final class LabelLayout {

	/** Space kept between two labels, in map units. */
	static final double GAP = 1.5;

	private static final int ROUNDS = 400;

	private LabelLayout() {
	}

	/** The estimated width of a line of text at a font size, in map units. */
	public static double textWidth(String text, double fontSize) {
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			ems += (c >= 0x2E80) ? 1.0 : (c == ' ') ? 0.3 : 0.62;
		}
		return ems * fontSize;
	}

	/**
	 * Moves the boxes apart.
	 * @param boxes labels centred on their anchors
	 * @param width the map's width (boxes stay inside it)
	 * @param height the map's height
	 * @return the boxes in the same order, none overlapping another
	 */
	public static List<Box> place(List<Box> boxes, double width, double height) {
		double[] x = new double[boxes.size()];
		double[] y = new double[boxes.size()];
		for (int i = 0; i < boxes.size(); i++) {
			x[i] = boxes.get(i).cx();
			y[i] = boxes.get(i).cy();
		}
		for (int round = 0; round < ROUNDS; round++) {
			boolean moved = false;
			for (int i = 0; i < boxes.size(); i++) {
				for (int j = i + 1; j < boxes.size(); j++) {
					moved |= pushApart(boxes.get(i), boxes.get(j), x, y, i, j);
				}
			}
			for (int i = 0; i < boxes.size(); i++) {
				Box b = boxes.get(i);
				x[i] = clamp(x[i], b.w() / 2, width - b.w() / 2);
				y[i] = clamp(y[i], b.h() / 2, height - b.h() / 2);
			}
			if (!moved) {
				break;
			}
		}
		List<Box> placed = new ArrayList<>();
		for (int i = 0; i < boxes.size(); i++) {
			placed.add(new Box(x[i], y[i], boxes.get(i).w(), boxes.get(i).h()));
		}
		return placed;
	}

	private static boolean pushApart(Box a, Box b, double[] x, double[] y, int i, int j) {
		double overlapX = (a.w() + b.w()) / 2 + GAP - Math.abs(x[i] - x[j]);
		double overlapY = (a.h() + b.h()) / 2 + GAP - Math.abs(y[i] - y[j]);
		if (overlapX <= 0 || overlapY <= 0) {
			return false;
		}
		if (overlapY <= overlapX) {
			double shift = overlapY / 2 + 0.01;
			double sign = (y[i] < y[j] || (y[i] == y[j] && i < j)) ? -1 : 1;
			y[i] += sign * shift;
			y[j] -= sign * shift;
		}
		else {
			double shift = overlapX / 2 + 0.01;
			double sign = (x[i] < x[j] || (x[i] == x[j] && i < j)) ? -1 : 1;
			x[i] += sign * shift;
			x[j] -= sign * shift;
		}
		return true;
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	/** A label's box by its centre and size. */
	public record Box(double cx, double cy, double w, double h) {

		/** Whether this box and another share any point. */
		public boolean overlaps(Box other) {
			return Math.abs(this.cx - other.cx) < (this.w + other.w) / 2
					&& Math.abs(this.cy - other.cy) < (this.h + other.h) / 2;
		}

	}

}
