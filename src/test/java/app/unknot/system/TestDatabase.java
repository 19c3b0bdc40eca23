package app.unknot.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * Which database the tests run on. H2 in memory unless the run asks for PostgreSQL with
 * the system property {@code unknot.test.database=postgresql} (the second test pass of
 * {@code ./mvnw verify} does); then each Spring context, and each app a test starts as
 * its own process, gets a fresh schema of its own in the database that
 * {@code UNKNOT_TEST_POSTGRES_URL} (with {@code UNKNOT_TEST_POSTGRES_USER} and
 * {@code UNKNOT_TEST_POSTGRES_PASSWORD}) names, so contexts and their test data never
 * meet. Without that URL such a run skips its tests.
 */
public final class TestDatabase {

	static final String NOT_CONFIGURED = "PostgreSQL not configured: set UNKNOT_TEST_POSTGRES_URL "
			+ "(and UNKNOT_TEST_POSTGRES_USER, UNKNOT_TEST_POSTGRES_PASSWORD)";

	private TestDatabase() {
	}

	/** Whether this run asks for PostgreSQL. */
	public static boolean postgresRequested() {
		return "postgresql".equals(System.getProperty("unknot.test.database"));
	}

	static boolean postgresConfigured() {
		String url = System.getenv("UNKNOT_TEST_POSTGRES_URL");
		return url != null && !url.isBlank();
	}

	/** Whether tests use PostgreSQL: asked for and configured. */
	public static boolean onPostgres() {
		return postgresRequested() && postgresConfigured();
	}

	/** Picks a new schema name; Flyway creates the schema when it first migrates. */
	public static Schema newSchema() {
		return new Schema("unknot_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
	}

	/** One throw-away schema in the test database. */
	public record Schema(String name) {

		/**
		 * The JDBC URL of the test database with this schema as the connection's current
		 * one.
		 */
		public String url() {
			String base = System.getenv("UNKNOT_TEST_POSTGRES_URL");
			return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
		}

		public String user() {
			return System.getenv().getOrDefault("UNKNOT_TEST_POSTGRES_USER", "");
		}

		public String password() {
			return System.getenv().getOrDefault("UNKNOT_TEST_POSTGRES_PASSWORD", "");
		}

		/** Arguments that point an app started as its own process at this schema. */
		public List<String> appArguments() {
			return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + user(),
					"--spring.datasource.password=" + password(), "--spring.flyway.schemas=" + name);
		}

		/** Drops the schema and everything in it. */
		public void drop() {
			try (Connection connection = DriverManager.getConnection(url(), user(), password());
					Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not drop the test schema " + name, ex);
			}
		}

	}

}
