package org.minsheng.tracker.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The outlines of the city's 11 county-level divisions as SVG paths, read once from
 * {@code map/jinzhong-counties.tsv} (simplified from an MIT-licensed boundary dataset:
 * see docs/map-data.md).
 */
public record CountyOutlines(double width, double height, List<Outline> outlines) {

	static final String RESOURCE = "/map/jinzhong-counties.tsv";

	private static final CountyOutlines JINZHONG = read(CountyOutlines.class.getResourceAsStream(RESOURCE));

	/** One county's outline and where its label goes. */
	public record Outline(String code, String path, double labelX, double labelY) {
	}

	public static CountyOutlines jinzhong() {
		return JINZHONG;
	}

	static CountyOutlines read(InputStream in) {
		if (in == null) {
			throw new IllegalStateException("missing " + RESOURCE);
		}
		double width = 0;
		double height = 0;
		List<Outline> outlines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] cells = line.split("\t");
				if (line.startsWith("# viewBox")) {
					width = Double.parseDouble(cells[1]);
					height = Double.parseDouble(cells[2]);
				}
				else if (!line.startsWith("#") && cells.length == 4) {
					outlines.add(new Outline(cells[0], cells[3], Double.parseDouble(cells[1]),
							Double.parseDouble(cells[2])));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new CountyOutlines(width, height, List.copyOf(outlines));
	}

}
