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
	void accountsSurviveARestart() {
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(AccountService.class).create("keeper@example.org", "a long enough password", Role.USER);
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(AccountService.class).exists("keeper@example.org")).isTrue();
			assertThat(second.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM routine", Integer.class))
				.as("the catalog is migrated once, not twice")
				.isEqualTo(13);
		}
		assertThat(dataDir.resolve("unknot.mv.db")).exists();
	}

}
