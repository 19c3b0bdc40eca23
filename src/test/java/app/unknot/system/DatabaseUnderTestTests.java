package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database the suite runs on is the one the run asked for, so the PostgreSQL pass
 * cannot quietly test H2 a second time: PostgreSQL in a schema of the context's own on
 * that pass, H2 otherwise; and every migration applied there.
 */
@SpringBootTest
class DatabaseUnderTestTests {

	private final JdbcTemplate jdbc;

	private final Flyway flyway;

	DatabaseUnderTestTests(@Autowired DataSource dataSource, @Autowired Flyway flyway) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.flyway = flyway;
	}

	@Test
	void runsOnTheDatabaseTheRunAskedFor() {
		String product = jdbc
			.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
		if (TestDatabase.onPostgres()) {
			assertThat(product).isEqualTo("PostgreSQL");
			assertThat(jdbc.queryForObject("SELECT current_schema()", String.class))
				.as("a fresh schema of this context's own")
				.startsWith("unknot_test_")
				.isEqualTo(flyway.getConfiguration().getSchemas()[0]);
		}
		else {
			assertThat(product).isEqualTo("H2");
		}
	}

	@Test
	void everyMigrationIsApplied() {
		assertThat(flyway.info().applied()).isNotEmpty()
			.extracting(MigrationInfo::getState)
			.containsOnly(MigrationState.SUCCESS);
		assertThat(flyway.info().pending()).isEmpty();
	}

}
