package org.minsheng.tracker.site;

/**
 * Where a position falls on the county map: the same equirectangular projection that drew
 * the outlines of {@code map/jinzhong-counties.tsv} (see docs/map-data.md and
 * {@code docs/map-data/simplify_county_map.py}): longitude scaled by the cosine of the
 * mean latitude, a 6-unit margin, 360 units wide. The outlines' source data is not
 * documented as GCJ-02 or WGS-84; the two differ by under one map unit (about 0.6 km)
 * here.
 */
record MapProjection(double west, double east, double south, double north, double cosine, double scale, double margin) {

	/**
	 * The bounds and scale of the shipped outlines, computed from their source GeoJSON.
	 */
	static final MapProjection JINZHONG = new MapProjection(111.4130859375, 114.140625, 36.650390625, 38.09375,
			0.7947106006057577, 160.5459146789003, 6.0);

	boolean contains(Coordinates position) {
		double lon = position.longitude().doubleValue();
		double lat = position.latitude().doubleValue();
		return lon >= this.west && lon <= this.east && lat >= this.south && lat <= this.north;
	}

	double x(Coordinates position) {
		return this.margin + (position.longitude().doubleValue() - this.west) * this.cosine * this.scale;
	}

	/** The position at a point of the map (the inverse of {@link #x} and {@link #y}). */
	Coordinates at(double x, double y) {
		return new Coordinates(java.math.BigDecimal.valueOf(this.north - (y - this.margin) / this.scale),
				java.math.BigDecimal.valueOf(this.west + (x - this.margin) / (this.cosine * this.scale)));
	}

	double y(Coordinates position) {
		return this.margin + (this.north - position.latitude().doubleValue()) * this.scale;
	}

}
