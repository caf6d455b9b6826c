package org.minsheng.tracker.site;

import java.time.LocalDate;

import org.minsheng.tracker.county.County;

/**
 * What staff file about a site, already checked field by field.
 *
 * @param name what the place is called
 * @param address its street address
 * @param county the county it is in
 * @param position its GCJ-02 position, or null
 * @param inServiceOn the day it went into service, or null
 * @param state where it stands
 */
public record SiteDetails(String name, String address, County county, Coordinates position, LocalDate inServiceOn,
		SiteState state) {

	public SiteDetails {
		if (name == null || name.isBlank() || address == null || address.isBlank() || county == null || state == null) {
			throw new IllegalArgumentException("a site has a name, an address, a county and a state");
		}
	}

	/** How it is recorded in the audit trail and compared on import. */
	public String describe() {
		return "name=" + this.name + " address=" + this.address + " county=" + this.county.getCode() + " position="
				+ ((this.position != null) ? this.position.latitude() + "," + this.position.longitude() : "-")
				+ " inService=" + ((this.inServiceOn != null) ? this.inServiceOn : "-") + " state=" + this.state;
	}

}
