package org.minsheng.tracker.site.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.county.KnownCounty;
import org.minsheng.tracker.site.Coordinates;
import org.minsheng.tracker.site.SiteDetails;
import org.minsheng.tracker.site.SiteRevision;
import org.minsheng.tracker.site.SiteState;
import org.springframework.validation.Errors;

/**
 * A site as an editor typed it, kept as typed so a form with mistakes comes back intact.
 * Coordinates are optional, both or neither, GCJ-02 degrees.
 */
public class SiteForm {

	@NotBlank(message = "{sites.error.nameRequired}")
	@Size(max = 100, message = "{sites.error.nameTooLong}")
	private String name;

	@NotBlank(message = "{sites.error.addressRequired}")
	@Size(max = 200, message = "{sites.error.addressTooLong}")
	private String address;

	@NotBlank(message = "{sites.error.countyRequired}")
	@KnownCounty(message = "{sites.error.countyRequired}")
	private String county;

	private String latitude;

	private String longitude;

	private String inServiceOn;

	@NotBlank(message = "{sites.error.stateRequired}")
	private String state;

	public static SiteForm of(SiteRevision revision) {
		SiteForm form = new SiteForm();
		form.name = revision.getName();
		form.address = revision.getAddress();
		form.county = revision.getCounty().getCode();
		if (revision.getPosition() != null) {
			form.latitude = revision.getPosition().latitude().toPlainString();
			form.longitude = revision.getPosition().longitude().toPlainString();
		}
		form.inServiceOn = (revision.getInServiceOn() != null) ? revision.getInServiceOn().toString() : null;
		form.state = revision.getState().name();
		return form;
	}

	/**
	 * The checks across fields: a known state, a real day, a position with both parts.
	 */
	void check(Errors errors) {
		if (!errors.hasFieldErrors("state") && SiteState.fromParameter(this.state) == null) {
			errors.rejectValue("state", "sites.error.stateRequired");
		}
		if (!blank(this.inServiceOn) && day() == null) {
			errors.rejectValue("inServiceOn", "sites.error.dateFormat");
		}
		if (blank(this.latitude) != blank(this.longitude)) {
			errors.rejectValue(blank(this.latitude) ? "latitude" : "longitude", "sites.error.positionBoth");
		}
		else if (!blank(this.latitude)) {
			Coordinates position = Coordinates.parse(this.latitude, this.longitude);
			if (position == null) {
				errors.rejectValue("latitude", "sites.error.positionFormat");
			}
			else if (!position.inJinzhong()) {
				errors.rejectValue("latitude", "sites.error.positionOutside");
			}
		}
	}

	/** The details; call once the form is valid. */
	SiteDetails toDetails(County county) {
		return new SiteDetails(this.name.strip(), this.address.strip(), county,
				blank(this.latitude) ? null : Coordinates.parse(this.latitude, this.longitude), day(),
				SiteState.fromParameter(this.state));
	}

	private LocalDate day() {
		if (blank(this.inServiceOn)) {
			return null;
		}
		try {
			return LocalDate.parse(this.inServiceOn.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getCounty() {
		return this.county;
	}

	public void setCounty(String county) {
		this.county = county;
	}

	public String getLatitude() {
		return this.latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return this.longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public String getInServiceOn() {
		return this.inServiceOn;
	}

	public void setInServiceOn(String inServiceOn) {
		this.inServiceOn = inServiceOn;
	}

	public String getState() {
		return this.state;
	}

	public void setState(String state) {
		this.state = state;
	}

}
