package org.minsheng.tracker.api;

import org.minsheng.tracker.system.BadRequestException;

/**
 * How many recent reports to answer: a whole number from 1 to 100, 20 unless asked.
 */
record RecentLimit(int value) {

	static final String DEFAULT = "20";

	static final int MAXIMUM = 100;

	RecentLimit {
		if (value < 1 || value > MAXIMUM) {
			throw new BadRequestException("api.problem.limit");
		}
	}

	/** The typed {@code limit}; anything but a whole number from 1 to 100 is a 400. */
	static RecentLimit parse(String typed) {
		try {
			return new RecentLimit(Integer.parseInt(typed.strip()));
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("api.problem.limit");
		}
	}

}
