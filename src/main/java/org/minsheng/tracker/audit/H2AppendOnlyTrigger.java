package org.minsheng.tracker.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * On the embedded H2 database, refuses any UPDATE or DELETE of an audit event, as the
 * PostgreSQL trigger does in production (db/vendor/).
 */
public class H2AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_event is append-only", "42501");
	}

}
