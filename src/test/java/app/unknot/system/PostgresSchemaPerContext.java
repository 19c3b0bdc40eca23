package app.unknot.system;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On a PostgreSQL test run ({@link TestDatabase}), points every Spring application the
 * tests start at a fresh schema of its own: Flyway creates and migrates it, Hibernate and
 * the app's SQL use it through the connection's current schema, and it is dropped when
 * the context closes. Registered for tests only, in
 * src/test/resources/META-INF/spring.factories; on an H2 run it does nothing.
 */
class PostgresSchemaPerContext implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!TestDatabase.onPostgres()) {
			return;
		}
		TestDatabase.Schema schema = TestDatabase.newSchema();
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", schema.url());
		properties.put("spring.datasource.username", schema.user());
		properties.put("spring.datasource.password", schema.password());
		properties.put("spring.flyway.schemas", schema.name());
		// @DataJpaTest would otherwise swap this database for an embedded one.
		properties.put("spring.test.database.replace", "none");
		// The test context cache keeps many contexts open at once: each holds one idle
		// connection.
		properties.put("spring.datasource.hikari.minimum-idle", "1");
		properties.put("spring.datasource.hikari.maximum-pool-size", "8");
		// First: outranks the tests' H2 URL in config/application.properties.
		environment.getPropertySources().addFirst(new MapPropertySource("unknotTestPostgresSchema", properties));
		application.addListeners(new DropOnClose(schema));
	}

	/** A class rather than a lambda, so that Spring sees which event it listens to. */
	private record DropOnClose(TestDatabase.Schema schema) implements ApplicationListener<ContextClosedEvent> {

		@Override
		public void onApplicationEvent(ContextClosedEvent event) {
			schema.drop();
		}

	}

}
