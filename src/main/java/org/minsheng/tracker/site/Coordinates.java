package org.minsheng.tracker.site;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A site's position in degrees, on the GCJ-02 datum that Chinese web maps use (not
 * WGS-84: the two differ by a few hundred metres), to six decimals (about 0.1 m).
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {

	public Coordinates {
		if (latitude == null || longitude == null) {
			throw new IllegalArgumentException("coordinates need both latitude and longitude");
		}
		if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
			throw new IllegalArgumentException("coordinates out of range");
		}
		latitude = latitude.setScale(6, RoundingMode.HALF_UP);
		longitude = longitude.setScale(6, RoundingMode.HALF_UP);
	}

	/** Both typed, or both blank (no position); null when the text is not a position. */
	public static Coordinates parse(String latitude, String longitude) {
		try {
			return new Coordinates(new BigDecimal(latitude.strip()), new BigDecimal(longitude.strip()));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** Whether the point lies in the rectangle around Jinzhong's county outlines. */
	public boolean inJinzhong() {
		return MapProjection.JINZHONG.contains(this);
	}

}
