package app.unknot.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After the migrations on every start, moves each H2 identity column past the highest id
 * in its table. H2 2.4 keeps the next identity value apart from the rows; after the app
 * was killed (kill -9, a crash) it can come back below ids that rows written just before
 * already have, and then every new row of that table fails with a duplicate key until the
 * counter passes them. Nothing to do on PostgreSQL, whose sequences are written ahead of
 * use.
 */
@Component
class H2IdentityCheck extends BaseCallback {

	private static final Logger log = LoggerFactory.getLogger(H2IdentityCheck.class);

	private static final String IDENTITY_COLUMNS = "SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS "
			+ "WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'";

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			Connection connection = context.getConnection();
			if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
				moveIdentitiesPastRows(connection);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not check the identity columns", ex);
		}
	}

	private static void moveIdentitiesPastRows(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			List<String[]> columns = new ArrayList<>();
			try (ResultSet identities = statement.executeQuery(IDENTITY_COLUMNS)) {
				while (identities.next()) {
					columns.add(new String[] { quote(identities.getString(1)), quote(identities.getString(2)),
							Long.toString(identities.getLong(3)) });
				}
			}
			for (String[] column : columns) {
				long next = nextFreeId(statement, column[0], column[1]);
				if (next > Long.parseLong(column[2])) {
					log.warn("Identity of {}.{} was at {} below rows already stored; restarting it at {}", column[0],
							column[1], column[2], next);
					statement
						.execute("ALTER TABLE " + column[0] + " ALTER COLUMN " + column[1] + " RESTART WITH " + next);
				}
			}
		}
	}

	private static long nextFreeId(Statement statement, String table, String column) throws SQLException {
		try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
			max.next();
			return max.getLong(1);
		}
	}

	private static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
