package org.minsheng.tracker.synthetic;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.minsheng.tracker.progress.CurrentReports;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Under the {@code synthetic} profile (never together with {@code prod}), fills an empty
 * database's synthetic years once at start-up; a database that has them already is left
 * as it is, so several instances and restarts do not add them twice.
 */
@Component
@Profile("synthetic & !prod")
@EnableConfigurationProperties(SyntheticShape.class)
class SyntheticYearsRunner implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(SyntheticYearsRunner.class);

	private final SyntheticYears years;

	private final SyntheticShape shape;

	SyntheticYearsRunner(JdbcTemplate jdbc, TransactionTemplate transaction, PublicRevision revision,
			CurrentReports current, SyntheticShape shape) {
		this.years = new SyntheticYears(jdbc, transaction, revision, current);
		this.shape = shape;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.years.present()) {
			logger.info("Synthetic years are in the database already; nothing generated");
			return;
		}
		long started = System.nanoTime();
		long reports = this.years.generate(this.shape);
		logger.info("Generated " + this.shape + ": " + reports + " reports in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
	}

}
