package app.unknot.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests: the Debian {@code chromium} and
 * {@code chromium-driver} packages, driven through chromedriver with no network look-ups.
 * When either is missing the calling test is skipped (JUnit assumption) with the reason.
 * One browser serves every test of a test JVM, because starting one took seconds of the
 * suite's time per test: {@link #open} hands it out as a new browser session would find
 * it (no cookies, storage, cache, added scripts or emulated media, one tab) and
 * {@link #close()} takes it back. Everything it writes (profile, HOME, caches) lives in a
 * temporary directory deleted when the JVM ends. Screenshots go to
 * {@code target/screenshots}, but only when asked for with
 * {@code -Dunknot.screenshots=true}: they are for a person to look at, and a run without
 * them is quicker.
 *
 * <pre>
 * try (Chromium chromium = Chromium.open(390, 844)) {
 *     chromium.driver().get(url);
 *     chromium.screenshot("player-phone");
 *     assertThat(chromium.consoleErrors()).isEmpty();
 * }
 * </pre>
 *
 * Other uses, such as DevTools {@code Page.printToPDF}, go through {@link #devTools}.
 */
public final class Chromium implements AutoCloseable {

	/** Override with -Dunknot.chromium=... or the environment variable CHROMIUM. */
	private static final Path CHROMIUM = location("unknot.chromium", "CHROMIUM", "/usr/bin/chromium");

	private static final Path CHROMEDRIVER = location("unknot.chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final boolean SCREENSHOTS_WANTED = Boolean.getBoolean("unknot.screenshots");

	/** WCAG 2.0 and 2.1, levels A and AA. */
	private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** axe-core itself, as the axe-core Selenium library ships it. */
	private static final String AXE_SOURCE = resource("/axe.min.js");

	/** The largest page size a test asks for; smaller ones are emulated inside it. */
	private static final int WINDOW_WIDTH = 1280;

	private static final int WINDOW_HEIGHT = 1800;

	/**
	 * How long a command may go unanswered. A chromedriver session has been seen to stop
	 * answering altogether (once, in the offline tests, after many clean runs); its
	 * commands then fail after this long instead of after Selenium's three minutes.
	 */
	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

	private static Chromium shared;

	private ChromeDriver driver;

	private Path home;

	private String firstTab;

	private final List<String> consoleErrors = new ArrayList<>();

	/** Origins the current test opened, whose storage goes when it closes the browser. */
	private final Set<String> origins = new HashSet<>();

	/** Scripts added for every new document by the current test. */
	private final List<String> addedScripts = new ArrayList<>();

	private Chromium(Launched launched) {
		take(launched);
	}

	private void take(Launched launched) {
		this.driver = launched.driver();
		this.home = launched.home();
		this.firstTab = driver.getWindowHandle();
	}

	/**
	 * The test JVM's headless Chromium, as a new browser session would find it, with a
	 * page of the given CSS size; skips the test when Chromium is not installed. Give it
	 * back with {@link #close()} (try-with-resources) before the next test opens it.
	 */
	public static synchronized Chromium open(int width, int height) {
		assumeInstalled();
		if (shared == null) {
			shared = new Chromium(launch());
			Chromium started = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
		}
		shared.resize(width, height);
		return shared;
	}

	/** A browser started, and the temporary directory it writes to. */
	private record Launched(ChromeDriver driver, Path home) {
	}

	private static Launched launch() {
		int width = WINDOW_WIDTH;
		int height = WINDOW_HEIGHT;
		Path home = createTempHome();
		try {
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.withEnvironment(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
						"XDG_CACHE_HOME", home.resolve("cache").toString()))
				.build();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--mute-audio", "--autoplay-policy=no-user-gesture-required",
					"--user-data-dir=" + home.resolve("profile"), "--window-size=" + width + "," + height,
					"--force-device-scale-factor=1", "--lang=en-GB");
			LoggingPreferences logging = new LoggingPreferences();
			logging.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logging);
			return new Launched(
					new ChromeDriver(service, options, ClientConfig.defaultConfig().readTimeout(COMMAND_TIMEOUT)),
					home);
		}
		catch (RuntimeException failure) {
			deleteTree(home);
			throw failure;
		}
	}

	private static String resource(String name) {
		try (var in = Chromium.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/**
	 * Skips the calling test, naming what is missing, unless Chromium and chromedriver
	 * are installed.
	 */
	public static void assumeInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), () -> "Chromium not found at " + CHROMIUM
				+ " (install the Debian package chromium); browser test skipped");
		Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), () -> "chromedriver not found at " + CHROMEDRIVER
				+ " (install the Debian package chromium-driver); browser test skipped");
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Sets the viewport (not the outer window) to the given CSS size. */
	public void resize(int width, int height) {
		devTools("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	/** Runs a Chrome DevTools Protocol command, such as {@code Page.printToPDF}. */
	public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
		Map<String, Object> result = driver.executeCdpCommand(command, parameters);
		if (command.equals("Page.addScriptToEvaluateOnNewDocument")) {
			addedScripts.add((String) result.get("identifier"));
		}
		return result;
	}

	/** The visible button with this text; fails the test when there is none. */
	public WebElement button(String name) {
		return driver.findElements(By.cssSelector("button"))
			.stream()
			.filter(WebElement::isDisplayed)
			.filter(button -> button.getText().strip().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no visible button named " + name));
	}

	/**
	 * Signs up a new account, with an email of its own, through the sign-up form on this
	 * address; leaves the browser signed in to it.
	 * @return the account's email
	 */
	public String signUp(String base) {
		String email = "browser-" + UUID.randomUUID() + "@example.org";
		driver.get(base + "/signup");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys("a long enough password");
		button("Create account").click();
		waitFor("the account page", page -> page.getCurrentUrl().endsWith("/my/account?welcome"));
		return email;
	}

	/**
	 * Opens the page and empties the local and session storage of its origin, as a new
	 * browser session would find them (cookies stay). Open a page that saves nothing as
	 * it leaves.
	 */
	public void clearStorage(String page) {
		driver.get(page);
		driver.executeScript("sessionStorage.clear(); localStorage.clear()");
	}

	/**
	 * Waits up to ten seconds for a condition; fails the test with the message otherwise.
	 */
	public <T> T waitFor(String message, Function<WebDriver, T> condition) {
		return waitFor(Duration.ofSeconds(10), message, condition);
	}

	public <T> T waitFor(Duration timeout, String message, Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, timeout, Duration.ofMillis(50)).withMessage(message).until(condition);
	}

	/** Whether this run saves screenshots (-Dunknot.screenshots=true). */
	public static boolean screenshotsWanted() {
		return SCREENSHOTS_WANTED;
	}

	/**
	 * Saves a PNG of the viewport as target/screenshots/{name}.png when screenshots are
	 * wanted.
	 */
	public void screenshot(String name) {
		if (!SCREENSHOTS_WANTED) {
			return;
		}
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/**
	 * axe-core's findings on the current page against WCAG 2.0 and 2.1, A and AA: one
	 * line per broken rule, naming the rule, what it asks for and the elements that break
	 * it.
	 */
	@SuppressWarnings("unchecked")
	public List<String> axeViolations() {
		if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
			driver.executeScript(AXE_SOURCE);
		}
		// Only violations come back: the passes and their nodes, which a scan through
		// AxeBuilder carries over the wire as well, made each scan several seconds
		// slower.
		return (List<String>) driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
					.then(result => done(result.violations.map(rule => rule.id + ': ' + rule.help + ' at '
						+ JSON.stringify(rule.nodes.map(node => node.target)))))
					.catch(error => done(['axe did not run: ' + error]));
				""", AXE_TAGS);
	}

	/**
	 * Console errors and uncaught exceptions (level SEVERE) since the last call,
	 * collected across pages; each entry is the message Chromium logged.
	 */
	public List<String> consoleErrors() {
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				consoleErrors.add(entry.getMessage());
			}
		}
		List<String> errors = List.copyOf(consoleErrors);
		consoleErrors.clear();
		return errors;
	}

	/**
	 * Takes the browser back for the next test: other tabs closed, the page left (a
	 * leave-page question answered yes), and the cookies, storage, HTTP cache, added
	 * scripts, emulated media and time zone, granted permissions and unread console
	 * messages of this test gone.
	 */
	@Override
	public void close() {
		try {
			reset();
		}
		catch (RuntimeException broken) {
			// The next test gets a browser started afresh rather than this one's wreck.
			try {
				restart();
			}
			catch (RuntimeException notStarted) {
				broken.addSuppressed(notStarted);
				synchronized (Chromium.class) {
					shared = null;
				}
			}
			throw broken;
		}
	}

	private void reset() {
		for (String tab : driver.getWindowHandles()) {
			if (!tab.equals(firstTab)) {
				driver.switchTo().window(tab);
				leavePage();
				driver.close();
			}
		}
		driver.switchTo().window(firstTab);
		leavePage();
		addedScripts.forEach(script -> driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
				Map.of("identifier", script)));
		addedScripts.clear();
		origins.forEach(origin -> driver.executeCdpCommand("Storage.clearDataForOrigin",
				Map.of("origin", origin, "storageTypes", "all")));
		origins.clear();
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
		driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
		driver.executeCdpCommand("Browser.resetPermissions", Map.of());
		driver.manage().logs().get(LogType.BROWSER);
		consoleErrors.clear();
	}

	/**
	 * Goes to a blank page, so the page's own leave handlers (the player saves its place)
	 * run before its storage is cleared.
	 */
	private void leavePage() {
		String url = driver.getCurrentUrl();
		if (url != null && url.startsWith("http")) {
			URI page = URI.create(url);
			origins.add(page.getScheme() + "://" + page.getHost() + ":" + page.getPort());
		}
		try {
			driver.get("about:blank");
		}
		catch (UnhandledAlertException question) {
			driver.switchTo().alert().accept();
			driver.get("about:blank");
		}
	}

	/**
	 * Replaces a browser that stopped answering with a new one, as {@link #open} would
	 * start it, in this same object, so that every test holding it keeps working; scripts
	 * added for new documents are gone with the old one.
	 */
	public void restart() {
		Path wreck = home;
		// Killed before quit: once quit has stopped chromedriver, Chromium is no longer a
		// descendant of this JVM and would keep running.
		List<ProcessHandle> browser = ProcessHandle.current()
			.descendants()
			.filter(process -> process.info()
				.arguments()
				.stream()
				.flatMap(Stream::of)
				.anyMatch(argument -> argument.contains(wreck.toString())))
			.toList();
		browser.stream()
			.flatMap(process -> process.parent().stream())
			.filter(process -> process.info().command().map(command -> command.endsWith("chromedriver")).orElse(false))
			.forEach(ProcessHandle::destroyForcibly);
		browser.forEach(ProcessHandle::destroyForcibly);
		try {
			quit();
		}
		catch (RuntimeException gone) {
			// Its chromedriver is gone already.
		}
		addedScripts.clear();
		origins.clear();
		consoleErrors.clear();
		take(launch());
	}

	private void quit() {
		try {
			driver.quit();
		}
		finally {
			deleteTree(home);
		}
	}

	private static Path location(String property, String variable, String fallback) {
		String configured = System.getProperty(property, System.getenv(variable));
		return Paths.get(configured == null || configured.isBlank() ? fallback : configured);
	}

	private static Path createTempHome() {
		try {
			return Files.createTempDirectory("unknot-chromium-");
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException | UncheckedIOException ignored) {
			// A leftover temp directory is not worth failing a test over.
		}
	}

}
