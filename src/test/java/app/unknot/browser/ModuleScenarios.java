package app.unknot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One of the app's JavaScript modules inside real Chromium, exactly as the app serves it,
 * for tests of the module on its own. Each scenario is the body of an async JavaScript
 * function that gets the module as {@code m}, sees the shared prelude, and returns plain
 * data; the assertions stay in Java. One browser for the test class, which registers this
 * on a static field of a {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ModuleScenarios scenarios = new ModuleScenarios("/js/session/timing.js", STEPS);
 * </pre>
 */
public final class ModuleScenarios implements BeforeAllCallback, AfterAllCallback {

	private final String module;

	private final String prelude;

	private Chromium chromium;

	/**
	 * @param module the module's path, such as {@code /js/session/timing.js}
	 * @param prelude JavaScript every scenario starts with: the data and stubs they share
	 */
	public ModuleScenarios(String module, String prelude) {
		this.module = module;
		this.prelude = prelude;
	}

	/**
	 * Opens the browser on the module's own address: any page of the app's origin will
	 * do.
	 */
	@Override
	public void beforeAll(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		chromium = Chromium.open(800, 600);
		chromium.driver().get("http://localhost:" + port + module);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	/**
	 * Imports the module, awaits the scenario body with it as {@code m} and returns its
	 * result.
	 */
	@SuppressWarnings("unchecked")
	public <T> T value(String body) {
		String script = """
				const finish = arguments[arguments.length - 1];
				import('%s').then(m => (async function (m) { %s })(m))
					.then(value => finish({ ok: true, value }), e => finish({ ok: false, error: String(e && e.stack || e) }));
				"""
			.formatted(module, prelude + body);
		Map<?, ?> result = (Map<?, ?>) chromium.driver().executeAsyncScript(script);
		assertThat(result.get("error")).as("error in the scenario").isNull();
		return (T) result.get("value");
	}

}
