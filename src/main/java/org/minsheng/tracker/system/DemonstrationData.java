package org.minsheng.tracker.system;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * For templates ({@code @demonstrationData}): whether this run may hold generated data
 * (the {@code synthetic} or {@code demo} profile), in which case every page says so in a
 * banner. The default and production runs hold only real data and show none.
 */
@Component("demonstrationData")
public class DemonstrationData {

	private static final Profiles DEMONSTRATION = Profiles.of("synthetic | demo");

	private final boolean shown;

	private final boolean demo;

	DemonstrationData(Environment environment) {
		this.shown = environment.acceptsProfiles(DEMONSTRATION);
		this.demo = environment.acceptsProfiles(Profiles.of("demo & !synthetic"));
	}

	/**
	 * The banner's message: the demonstration cycle ("演示数据") or the synthetic years.
	 */
	public String messageKey() {
		return this.demo ? "site.demonstration.demo" : "site.demonstration";
	}

	/** Whether pages carry the demonstration banner. */
	public boolean shown() {
		return this.shown;
	}

}
