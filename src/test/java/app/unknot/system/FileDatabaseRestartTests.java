package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import app.unknot.UnknotApplication;
import app.unknot.account.AccountService;
import app.unknot.account.Role;
import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.catalog.Step;
import app.unknot.editor.RoutineEditor;

/** The default H2 file database keeps what people stored when the app restarts. */
class FileDatabaseRestartTests {

	@TempDir
	Path dataDir;

	private ConfigurableApplicationContext start() {
		// Command-line arguments outrank the tests' in-memory database settings.
		return new SpringApplicationBuilder(UnknotApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("unknot"));
	}

	@Test
	void accountsAndTheirOwnRoutinesSurviveARestart() {
		String ownSlug;
		long keeper;
		try (ConfigurableApplicationContext first = start()) {
			keeper = first.getBean(AccountService.class)
				.create("keeper@example.org", "a long enough password", Role.USER)
				.getId();
			ownSlug = first.getBean(RoutineEditor.class).copy(keeper, "desk-break");
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(AccountService.class).exists("keeper@example.org")).isTrue();
			RoutineCatalog catalog = second.getBean(RoutineCatalog.class);
			Routine own = catalog.getRoutine(ownSlug, keeper);
			assertThat(own.isPrivate()).isTrue();
			assertThat(own.getSteps()).extracting(Step::getTitle)
				.isEqualTo(catalog.getRoutine("desk-break", null).getSteps().stream().map(Step::getTitle).toList());
			assertThat(second.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM routine", Integer.class))
				.as("the catalog is migrated once, not twice; the own routine is kept")
				.isEqualTo(16 + 1);
		}
		assertThat(dataDir.resolve("unknot.mv.db")).exists();
	}

	/**
	 * After a kill -9, H2 can bring an identity counter back below ids that rows stored
	 * just before already have (seen in DurabilityIT). Here a row with a high id and no
	 * counter behind it stands in for that; the next start must move the counter past it.
	 */
	@Test
	void newRowsGetFreeIdsWhenTheIdentityCounterFellBehindTheRows() {
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(AccountService.class).create("first@example.org", "a long enough password", Role.USER);
			first.getBean(JdbcTemplate.class)
				.update("INSERT INTO account (id, email, password_hash, role, created_at) "
						+ "VALUES (500, 'ahead@example.org', 'x', 'USER', CURRENT_TIMESTAMP)");
			first.getBean(JdbcTemplate.class).execute("ALTER TABLE account ALTER COLUMN id RESTART WITH 2");
		}
		try (ConfigurableApplicationContext second = start()) {
			AccountService accounts = second.getBean(AccountService.class);
			for (int i = 0; i < 3; i++) {
				accounts.create("after" + i + "@example.org", "a long enough password", Role.USER);
			}
			assertThat(accounts.get("after0@example.org").getId()).isGreaterThan(500);
		}
	}

}
