package org.minsheng.tracker.dashboard;

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.system.LocalizedText;

/**
 * A county as a link.
 */
public record CountyRef(String code, LocalizedText name, int sortOrder) {

	static CountyRef of(County county) {
		return new CountyRef(county.getCode(), county.getName(), county.getSortOrder());
	}

}
