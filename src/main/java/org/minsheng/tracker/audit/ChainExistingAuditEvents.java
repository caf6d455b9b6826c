package org.minsheng.tracker.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V31: links the audit events recorded before the hash chain existed (V30), in
 * the order of their ids, with the same hash as every later event, and moves the chain's
 * head after them. Runs as the migrations' owner, who alone may lift the append-only
 * refusal for the length of this transaction. On a database without events it changes
 * nothing.
 */
@Component
class ChainExistingAuditEvents implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("31");
	}

	@Override
	public String getDescription() {
		return "chain existing audit events";
	}

	@Override
	public Integer getChecksum() {
		return 31;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
		try (Statement statement = connection.createStatement()) {
			statement.execute(h2 ? "DROP TRIGGER audit_event_no_update"
					: "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
			long position = 0;
			String previous = ChainedContent.GENESIS;
			try (ResultSet rows = statement
				.executeQuery("SELECT " + ChainedContent.COLUMNS + " FROM audit_event ORDER BY id");
					PreparedStatement link = connection
						.prepareStatement("UPDATE audit_event SET chain_position = ?, chain_hash = ? WHERE id = ?")) {
				while (rows.next()) {
					position++;
					previous = ChainedContent.of(rows).hash(previous, position);
					link.setLong(1, position);
					link.setString(2, previous);
					link.setLong(3, rows.getLong("id"));
					link.executeUpdate();
				}
			}
			try (PreparedStatement head = connection
				.prepareStatement("UPDATE audit_chain SET position = ?, last_hash = ? WHERE id = 1")) {
				head.setLong(1, position);
				head.setString(2, previous);
				head.executeUpdate();
			}
			statement.execute(h2
					? "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW CALL '"
							+ H2AppendOnlyTrigger.class.getName() + "'"
					: "ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
		}
	}

}
