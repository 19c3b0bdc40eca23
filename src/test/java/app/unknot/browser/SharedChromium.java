package app.unknot.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriverException;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The JVM's Chromium for all the tests of a class, phone-sized, its pages on a
 * {@link FakeClock}. Each test starts as a new browser session would: phone size, no
 * cookies, no local or session storage. Register it on a static field of a
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SharedChromium browser = new SharedChromium();
 *
 * private final Chromium chromium = browser.chromium();
 * </pre>
 */
public final class SharedChromium implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private static final int WIDTH = 390;

	private static final int HEIGHT = 844;

	private final List<String> scripts;

	private String base;

	private Chromium chromium;

	private FakeClock clock;

	/**
	 * @param scripts JavaScript to run in every page before its own scripts, such as
	 * recorders
	 */
	public SharedChromium(String... scripts) {
		this.scripts = List.of(scripts);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		base = "http://localhost:"
				+ SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		chromium = Chromium.open(WIDTH, HEIGHT);
		clock = FakeClock.install(chromium);
		addScripts();
	}

	private void addScripts() {
		scripts.forEach(script -> chromium.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script)));
	}

	/**
	 * Storage is emptied on a page that saves nothing as it leaves, unlike the player. A
	 * browser that no longer answers is replaced, so one stuck chromedriver fails one
	 * test, not every test after it.
	 */
	@Override
	public void beforeEach(ExtensionContext context) {
		try {
			startAfresh();
		}
		catch (WebDriverException unanswered) {
			chromium.restart();
			// The clock this extension hands out drives whichever browser chromium holds.
			FakeClock.install(chromium);
			addScripts();
			startAfresh();
		}
	}

	private void startAfresh() {
		chromium.resize(WIDTH, HEIGHT);
		chromium.driver().manage().deleteAllCookies();
		chromium.clearStorage(base + "/safety");
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	public Chromium chromium() {
		return chromium;
	}

	public FakeClock clock() {
		return clock;
	}

	/** The app's address, such as {@code http://localhost:8080}. */
	public String base() {
		return base;
	}

}
