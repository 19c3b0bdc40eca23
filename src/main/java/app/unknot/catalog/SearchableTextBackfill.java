package app.unknot.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * After the migrations on every start, writes the {@link SearchableText} of every routine
 * that has none: the migrations write routines in SQL, which cannot fold text as the
 * search does. The app itself writes it with every save ({@link Routine}).
 */
@Component
class SearchableTextBackfill extends BaseCallback {

	private static final String ROUTINES = """
			SELECT id, title, title_es, summary, summary_es, benefits, benefits_es
			FROM routine WHERE search_text IS NULL""";

	private static final String STEPS = """
			SELECT s.routine_id, s.title, s.title_es, s.instructions, s.instructions_es
			FROM step s JOIN routine r ON r.id = s.routine_id
			WHERE r.search_text IS NULL ORDER BY s.routine_id, s.step_order""";

	private static final String TRIGRAM_SCHEMA = """
			SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
			WHERE e.extname = 'pg_trgm'""";

	private static final String UPDATE = "UPDATE routine SET search_title = ?, search_title_es = ?, search_head = ?, search_text = ? WHERE id = ?";

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			Connection connection = context.getConnection();
			fillMissing(connection);
			if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
				indexTrigrams(connection);
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not write the routines' searchable text", ex);
		}
	}

	/** Writes the searchable text of the routines without one; returns how many. */
	static int fillMissing(Connection connection) throws SQLException {
		Map<Long, List<LocalizedText>> stepTexts = new HashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet steps = statement.executeQuery(STEPS)) {
			while (steps.next()) {
				List<LocalizedText> texts = stepTexts.computeIfAbsent(steps.getLong(1), id -> new ArrayList<>());
				texts.add(new LocalizedText(steps.getString(2), steps.getString(3)));
				texts.add(new LocalizedText(steps.getString(4), steps.getString(5)));
			}
		}
		int filled = 0;
		try (Statement statement = connection.createStatement();
				ResultSet routines = statement.executeQuery(ROUTINES);
				PreparedStatement update = connection.prepareStatement(UPDATE)) {
			while (routines.next()) {
				long id = routines.getLong(1);
				SearchableText text = SearchableText.of(text(routines, 2), text(routines, 4), text(routines, 6),
						stepTexts.getOrDefault(id, List.of()).stream());
				update.setString(1, text.title());
				update.setString(2, text.titleEs());
				update.setString(3, text.head());
				update.setString(4, text.all());
				update.setLong(5, id);
				update.addBatch();
				filled++;
			}
			if (filled > 0) {
				update.executeBatch();
			}
		}
		return filled;
	}

	/**
	 * Trigram indexes on the folded text, when pg_trgm is installed; named with the
	 * extension's schema, which need not be on the search path.
	 */
	private static void indexTrigrams(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet extension = statement.executeQuery(TRIGRAM_SCHEMA)) {
			if (!extension.next()) {
				return;
			}
			String operators = "\"" + extension.getString(1).replace("\"", "\"\"") + "\".gin_trgm_ops";
			statement
				.execute("CREATE INDEX IF NOT EXISTS routine_search_text_trigrams ON routine USING gin (search_text "
						+ operators + ")");
			statement
				.execute("CREATE INDEX IF NOT EXISTS routine_search_head_trigrams ON routine USING gin (search_head "
						+ operators + ")");
		}
	}

	private static LocalizedText text(ResultSet row, int column) throws SQLException {
		return new LocalizedText(row.getString(column), row.getString(column + 1));
	}

}
