package app.unknot.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import app.unknot.browser.Chromium;

/**
 * A person makes a catalog routine their own in a real Chromium: signs up and in through
 * the forms, presses "Make it mine", changes a time, moves, adds and removes steps with
 * the editor's buttons, saves, and runs the result. The editor passes axe (WCAG 2.0 and
 * 2.1, A and AA) on a phone and a desktop, fits a phone, and keeps what was typed when a
 * save is refused. Screenshots in both colour schemes land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EditorInBrowserTests {

	private static final String PASSWORD = "a long enough password";

	private static final String EMAIL_PREFIX = "editor-in-browser-";

	private static final String ROUTINE = "/routines/daily-pelvic-relaxation";

	private static final List<String> CATALOG_STEPS = List.of("Settle and breathe", "Circle the lower belly",
			"Circle around the hips", "Knead the inner thighs", "Soften the psoas", "Release the lower back");

	private static final String LIBRARY_STEP = "Knuckle rub for the lower back";

	private static final String LONG_TITLE = "Evening unwind for the hips, the lower back and the inner thighs "
			+ "after a long day of sitting at a desk";

	private final String base;

	private final JdbcTemplate jdbc;

	private Chromium chromium;

	EditorInBrowserTests(@LocalServerPort int port, @Autowired JdbcTemplate jdbc) {
		this.base = "http://localhost:" + port;
		this.jdbc = jdbc;
	}

	/**
	 * Closes the browser and deletes the accounts made here, and with them (cascading)
	 * their private routines: the application context and its database are shared with
	 * other test classes, which expect only catalog routines.
	 */
	@AfterEach
	void cleanUp() {
		try {
			if (chromium != null) {
				chromium.close();
			}
		}
		finally {
			jdbc.update("DELETE FROM account WHERE email LIKE ?", EMAIL_PREFIX + "%");
		}
	}

	@Test
	void makeItMineChangeTheStepsSaveAndRunTheSessionOnAPhone() {
		chromium = Chromium.open(390, 844);
		String email = signUp();
		signOut();
		signIn(email);

		chromium.driver().get(base + ROUTINE);
		String slug = makeItMine();
		assertThat(chromium.driver().findElement(By.cssSelector("main .notice")).getText())
			.startsWith("This is your private copy;");
		assertThat(stepTitles()).isEqualTo(CATALOG_STEPS);
		assertThat(value("title")).isEqualTo("Daily pelvic relaxation (my version)");
		assertThat(leavingIsQuestioned()).as("nothing changed yet").isFalse();
		chromium.screenshot("editor-copied-390x844");

		// The first step takes a minute and a half instead of one.
		assertThat(value("s0-duration")).isEqualTo("1:00");
		type("s0-duration", "1:30");

		// Move the second step up: the script reorders the draft in the page, focus on
		// the moved step.
		reveal(button("up-1"));
		button("up-1").sendKeys(Keys.ENTER);
		assertThat(stepTitles()).containsExactly("Circle the lower belly", "Settle and breathe",
				"Circle around the hips", "Knead the inner thighs", "Soften the psoas", "Release the lower back");
		assertThat((String) chromium.driver().executeScript("return document.activeElement.value;"))
			.isEqualTo("down-0");
		assertThat(value("s1-duration")).as("the typed time moved with its step").isEqualTo("1:30");
		assertThat(leavingIsQuestioned()).as("the reordered draft is not saved yet").isTrue();
		assertThat(button("up-0").isEnabled()).as("the first step cannot move further up").isFalse();

		// Take a step from another routine in the catalog.
		Select library = new Select(chromium.driver().findElement(By.id("library")));
		library.getOptions()
			.stream()
			.filter(option -> option.getText().startsWith(LIBRARY_STEP + " · "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no library step " + LIBRARY_STEP))
			.click();
		submit("add-library");
		assertThat(stepTitles()).hasSize(7).endsWith(LIBRARY_STEP);
		assertThat(focusedId()).isEqualTo("s6-title");
		assertThat(chromium.driver().findElement(By.id("steps-heading")).getText()).startsWith("Steps (7 of");

		// Remove the hip circles.
		reveal(button("remove-2"));
		assertThat(button("remove-2").getAccessibleName()).isEqualTo("Remove step 3");
		submit("remove-2");
		List<String> expected = List.of("Circle the lower belly", "Settle and breathe", "Knead the inner thighs",
				"Soften the psoas", "Release the lower back", LIBRARY_STEP);
		assertThat(stepTitles()).isEqualTo(expected);
		assertThat(focusedId()).as("focus stays where the step was, not back at the top").isEqualTo("s2-title");
		assertThat(chromium.driver().findElements(By.cssSelector("main [role=alert]"))).isEmpty();
		chromium.screenshot("editor-changed-390x844");

		submit("save");
		chromium.waitFor("the saved routine",
				driver -> driver.getCurrentUrl().endsWith("/routines/" + slug + "?saved"));
		assertThat(chromium.driver().findElement(By.cssSelector("main .notice")).getText()).isEqualTo("Saved.");
		assertThat(chromium.driver().findElement(By.cssSelector(".badge-private")).getText())
			.isEqualTo("Private · only you see this routine");
		assertThat(chromium.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Daily pelvic relaxation (my version)");
		assertThat(chromium.driver().findElements(By.cssSelector(".steps .step-body h3 > span:last-child")))
			.extracting(WebElement::getText)
			.isEqualTo(expected);
		assertThat(chromium.driver().findElements(By.cssSelector(".steps .step-timing")))
			.extracting(WebElement::getText)
			.element(1)
			.isEqualTo("1:30");
		assertThat(chromium.driver().findElement(By.linkText("Edit")).getDomAttribute("href"))
			.isEqualTo("/my/routines/" + slug + "/edit");
		chromium.screenshot("routine-private-390x844");

		// The guided session runs the changed routine; its cautions came along with the
		// copy.
		chromium.driver().findElement(By.linkText("Start session")).click();
		chromium.waitFor("the safety check or the player", driver -> !driver.findElements(By.id("player")).isEmpty()
				|| !driver.findElements(By.cssSelector("input[type=radio][value=no]")).isEmpty());
		if (chromium.driver().findElements(By.id("player")).isEmpty()) {
			for (WebElement no : chromium.driver().findElements(By.cssSelector("input[type=radio][value=no]"))) {
				chromium.driver().executeScript("arguments[0].click()", no);
			}
			chromium.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		}
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
		assertThat(playerText("title")).isEqualTo("Circle the lower belly");
		assertThat(playerText("stepOf")).isEqualTo("Step 1 of 6");
		chromium.screenshot("editor-session-390x844");

		// The editor passes axe and fits the phone; then the same at desktop size.
		List<String> pages = List.of("/my/routines", "/my/routines/" + slug + "/edit", "/my/routines/new",
				"/my/routines/" + slug + "/delete", "/routines/" + slug);
		for (String path : pages) {
			chromium.driver().get(base + path);
			assertThat(chromium.axeViolations()).as("axe violations on %s at 390×844", path).isEmpty();
			assertThat(sidewaysOverflow()).as("sideways overflow on %s at 390 px", path).isLessThanOrEqualTo(0);
		}
		chromium.resize(1280, 800);
		for (String path : pages) {
			chromium.driver().get(base + path);
			assertThat(chromium.axeViolations()).as("axe violations on %s at 1280×800", path).isEmpty();
		}
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void anInvalidDurationIsMarkedAtItsFieldAndEverythingTypedStays() {
		chromium = Chromium.open(390, 844);
		signUp();
		chromium.driver().get(base + "/routines/desk-break");
		String slug = makeItMine();

		type("title", "My desk break");
		type("s0-breathingCue", "Slow and easy");
		type("s2-duration", "1 min");
		submit("save");

		assertThat(chromium.driver().getCurrentUrl()).endsWith("/my/routines/" + slug + "/edit");
		WebElement summary = chromium.driver().findElement(By.cssSelector("main .notice-error[role=alert]"));
		assertThat(summary.getText()).contains("Not saved yet", "One field needs your attention");
		WebElement where = summary.findElement(By.cssSelector("li a"));
		assertThat(where.getText()).isEqualTo("Step 3: Enter seconds (45) or minutes:seconds (2:30).");
		assertThat(where.getDomAttribute("href")).isEqualTo("#step-3");
		WebElement field = chromium.driver().findElement(By.id("s2-duration"));
		WebElement box = field.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"));
		assertThat(box.getDomAttribute("class")).contains("field-error");
		assertThat(box.findElement(By.className("field-message")).getText())
			.isEqualTo("Enter seconds (45) or minutes:seconds (2:30).");
		assertThat(box.findElement(By.className("field-message")).isDisplayed()).isTrue();
		assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(field.getDomAttribute("aria-describedby")).contains("s2-duration-error");
		assertThat(value("s2-duration")).isEqualTo("1 min");
		assertThat(value("title")).isEqualTo("My desk break");
		assertThat(value("s0-breathingCue")).isEqualTo("Slow and easy");
		assertThat(chromium.driver().findElements(By.cssSelector(".field-message"))).hasSize(1);
		assertThat(chromium.axeViolations()).as("axe violations on the refused save at 390×844").isEmpty();
		assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
		scrollTo(field);
		chromium.screenshot("editor-invalid-field-390x844");

		// Corrected, it saves.
		type("s2-duration", "45");
		submit("save");
		chromium.waitFor("the saved routine",
				driver -> driver.getCurrentUrl().endsWith("/routines/" + slug + "?saved"));
		assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).isEqualTo("My desk break");
		assertThat(chromium.driver().findElements(By.cssSelector(".steps .step-timing")))
			.extracting(WebElement::getText)
			.element(2)
			.isEqualTo("0:45 · each side");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void aSaveFromAnOlderPageIsRefusedAndKeepsItsChanges() {
		chromium = Chromium.open(1280, 800);
		signUp();
		chromium.driver().get(base + "/routines/desk-break");
		String slug = makeItMine();
		String first = chromium.driver().getWindowHandle();

		chromium.driver().switchTo().newWindow(WindowType.TAB);
		chromium.driver().get(base + "/my/routines/" + slug + "/edit");
		type("title", "Saved in the other tab");
		submit("save");
		chromium.waitFor("the saved routine", driver -> driver.getCurrentUrl().endsWith("?saved"));
		chromium.driver().close();

		chromium.driver().switchTo().window(first);
		type("title", "Changed in the first tab");
		submit("save");
		WebElement conflict = chromium.driver().findElement(By.cssSelector("main .notice-error[role=alert]"));
		assertThat(conflict.getText()).contains("Not saved: this routine changed in the meantime");
		assertThat(value("title")).isEqualTo("Changed in the first tab");
		assertThat(chromium.axeViolations()).as("axe violations with the conflict notice at 1280×800").isEmpty();
		for (String scheme : List.of("light", "dark")) {
			colourScheme(scheme);
			chromium.resize(1280, 800);
			chromium.screenshot("editor-conflict-1280-" + scheme);
			chromium.resize(390, 844);
			chromium.screenshot("editor-conflict-390-" + scheme);
		}
		colourScheme("light");
		chromium.resize(1280, 800);

		conflict.findElement(By.linkText("Open the latest version")).click();
		chromium.waitFor("the latest version",
				driver -> driver.getCurrentUrl().endsWith("/my/routines/" + slug + "/edit"));
		assertThat(value("title")).isEqualTo("Saved in the other tab");
		assertThat(consoleErrors()).isEmpty();
	}

	/**
	 * Every editor page at phone and desktop width, light and dark: no sideways
	 * scrolling, and every button, link styled as a button, field and choice at least 44
	 * px tall.
	 */
	@Test
	void theEditorPagesInBothColourSchemesOnAPhoneAndADesktop() {
		chromium = Chromium.open(390, 844);
		signUp();
		tour(List.of(new Page("own-empty", "/my/routines"), new Page("editor-new", "/my/routines/new")));

		// A routine written from scratch, with a long title.
		chromium.driver().get(base + "/my/routines/new");
		type("title", LONG_TITLE);
		type("s0-title", "Rest with the knees supported by a rolled blanket or a firm cushion");
		type("s0-instructions",
				"Lie on your back with the blanket under your knees and let your arms rest by your sides.");
		submit("save");
		assertThat(chromium.driver().getCurrentUrl()).matches(".*/routines/[a-z0-9-]+\\?saved$");
		String written = chromium.driver().getCurrentUrl().replaceAll(".*/routines/([a-z0-9-]+)\\?saved$", "$1");
		assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).isEqualTo(LONG_TITLE);

		chromium.driver().get(base + ROUTINE);
		String slug = makeItMine();
		chromium.driver().get(base + "/routines/desk-break");
		String withHolds = makeItMine();
		tour(List.of(new Page("routine-make-mine", ROUTINE),
				new Page("editor-copied", "/my/routines/" + slug + "/edit?copied"),
				new Page("editor-holds", "/my/routines/" + withHolds + "/edit"),
				new Page("delete", "/my/routines/" + written + "/delete"),
				new Page("routine-private", "/routines/" + written), new Page("own-list", "/my/routines")));
		for (String scheme : List.of("light", "dark")) {
			colourScheme(scheme);
			for (int width : List.of(390, 1280)) {
				int height = width < 600 ? 844 : 800;
				chromium.resize(width, height);
				chromium.driver().get(base + "/my/routines/" + slug + "/edit");
				type("title", "");
				type("s1-duration", "soon");
				submit("save");
				assertThat(sidewaysOverflow()).as("sideways overflow with errors at %d px", width)
					.isLessThanOrEqualTo(0);
				fullPageScreenshot("editor-invalid-" + width + "-" + scheme, width, height);
			}
		}

		// On paper: the form's content without its buttons.
		chromium.devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
		chromium.resize(794, 1123);
		chromium.driver().get(base + "/my/routines/" + slug + "/edit");
		fullPageScreenshot("editor-print", 794, 1123);
		chromium.driver().get(base + "/routines/" + written);
		fullPageScreenshot("routine-private-print", 794, 1123);
		assertThat(consoleErrors()).isEmpty();
	}

	/**
	 * Each page light and dark, on a phone and a desktop, checked and photographed whole.
	 */
	private void tour(List<Page> pages) {
		for (String scheme : List.of("light", "dark")) {
			colourScheme(scheme);
			for (int width : List.of(390, 1280)) {
				int height = width < 600 ? 844 : 800;
				chromium.resize(width, height);
				for (Page page : pages) {
					chromium.driver().get(base + page.path());
					assertThat(sidewaysOverflow()).as("sideways overflow on %s at %d px", page.path(), width)
						.isLessThanOrEqualTo(0);
					assertThat(smallTargets()).as("targets under 44 px on %s at %d px", page.path(), width).isEmpty();
					fullPageScreenshot(page.name() + "-" + width + "-" + scheme, width, height);
				}
			}
		}
		colourScheme("light");
	}

	private void colourScheme(String scheme) {
		chromium.devTools("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	private record Page(String name, String path) {
	}

	private String signUp() {
		String email = EMAIL_PREFIX + UUID.randomUUID() + "@example.org";
		chromium.driver().get(base + "/signup");
		chromium.driver().findElement(By.id("email")).sendKeys(email);
		chromium.driver().findElement(By.id("password")).sendKeys(PASSWORD);
		chromium.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		chromium.waitFor("the account page", driver -> driver.getCurrentUrl().endsWith("/my/account?welcome"));
		return email;
	}

	private void signOut() {
		// On a phone the sign-out button sits in the folded menu: open it first, as a
		// person would.
		chromium.driver().executeScript("document.querySelector('.site-menu').open = true");
		chromium.driver().findElement(By.cssSelector(".nav-form button")).click();
		chromium.waitFor("the signed-out home page", driver -> driver.getCurrentUrl().endsWith("/?signedOut"));
	}

	private void signIn(String email) {
		chromium.driver().get(base + "/login");
		chromium.driver().findElement(By.id("username")).sendKeys(email);
		chromium.driver().findElement(By.id("password")).sendKeys(PASSWORD);
		chromium.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		chromium.waitFor("the account page", driver -> driver.getCurrentUrl().endsWith("/my/account"));
	}

	/** Presses "Make it mine" on the routine page shown; returns the copy's address. */
	private String makeItMine() {
		WebElement makeMine = chromium.driver()
			.findElement(By.xpath("//main//button[normalize-space()='Make it mine']"));
		makeMine.click();
		chromium.waitFor("the editor with the copy",
				driver -> driver.getCurrentUrl().matches(".*/my/routines/[a-z0-9-]+/edit\\?copied$"));
		String url = chromium.driver().getCurrentUrl();
		return url.replaceAll(".*/my/routines/([a-z0-9-]+)/edit\\?copied$", "$1");
	}

	private WebElement button(String action) {
		return chromium.driver().findElement(By.cssSelector("button[name=action][value='" + action + "']"));
	}

	/**
	 * Presses a form button from the keyboard (focus, then Enter) and waits for the page
	 * the server sends back. With the phone emulation, after typing in a field lower down
	 * the visual viewport sits below the layout viewport and a pointer click lands that
	 * far off.
	 */
	private void submit(String action) {
		WebElement page = chromium.driver().findElement(By.tagName("html"));
		reveal(button(action));
		button(action).sendKeys(Keys.ENTER);
		chromium.waitFor("the page after " + action, driver -> isGone(page));
		chromium.waitFor("the page to load",
				driver -> "complete".equals(chromium.driver().executeScript("return document.readyState")));
	}

	/**
	 * True once the element's page has been replaced; mid-navigation chromedriver may
	 * answer neither way.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException gone) {
			return true;
		}
		catch (WebDriverException inBetween) {
			return false;
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> stepTitles() {
		return (List<String>) chromium.driver()
			.executeScript(
					"return [...document.querySelectorAll('.editor-step input[id$=\"-title\"]')].map(i => i.value);");
	}

	private String value(String id) {
		return chromium.driver().findElement(By.id(id)).getDomProperty("value");
	}

	private void type(String id, String text) {
		WebElement field = chromium.driver().findElement(By.id(id));
		reveal(field);
		scrollTo(field);
		field.clear();
		if (!text.isEmpty()) {
			field.sendKeys(text);
		}
	}

	/**
	 * Opens the collapsed step around a field or button, as a person opens it before
	 * using it.
	 */
	private void reveal(WebElement element) {
		chromium.driver()
			.executeScript("const step = arguments[0].closest('details'); if (step) step.open = true;", element);
	}

	private void scrollTo(WebElement element) {
		chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	/**
	 * Console errors other than the statuses of refused saves (400 for an invalid form,
	 * 409 for a conflict), which Chromium logs as failed loads.
	 */
	private List<String> consoleErrors() {
		return chromium.consoleErrors()
			.stream()
			.filter(error -> !error.matches(".*/edit - Failed to load resource: .* status of 40[09] .*"))
			.toList();
	}

	/**
	 * Whether leaving the page now would ask first (the editor script cancels
	 * "beforeunload").
	 */
	private boolean leavingIsQuestioned() {
		return (Boolean) chromium.driver()
			.executeScript("const leaving = new Event('beforeunload', { cancelable: true });"
					+ " window.dispatchEvent(leaving); return leaving.defaultPrevented;");
	}

	private String focusedId() {
		return (String) chromium.driver().executeScript("return document.activeElement.id;");
	}

	private String playerText(String field) {
		return chromium.driver().findElement(By.cssSelector("#player [data-field='" + field + "']")).getText().strip();
	}

	/**
	 * How far the page reaches beyond the layout viewport. Not measured against
	 * innerWidth: with the phone emulation Chromium zooms out to show a too-wide page
	 * whole, and innerWidth grows with it.
	 */
	private int sidewaysOverflow() {
		return ((Number) chromium.driver()
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.intValue();
	}

	/** Visible controls in the page's main part shorter than 44 CSS pixels, described. */
	@SuppressWarnings("unchecked")
	private List<String> smallTargets() {
		return (List<String>) chromium.driver().executeScript("""
				return [...document.querySelectorAll('main button, main .button, main select, main textarea,'
				    + ' main input:not([type=hidden]):not([type=radio]):not([type=checkbox]), main label.choice')]
				  .filter(e => e.offsetParent !== null)
				  .filter(e => e.getBoundingClientRect().height < 44)
				  .map(e => e.tagName + ' ' + (e.id || e.name || e.textContent.trim().slice(0, 30))
				    + ' ' + Math.round(e.getBoundingClientRect().height) + 'px');
				""");
	}

	/**
	 * The whole page as one picture: the viewport is stretched to the page's height for
	 * the shot.
	 */
	private void fullPageScreenshot(String name, int width, int height) {
		if (!Chromium.screenshotsWanted()) {
			return;
		}
		long page = (Long) chromium.driver().executeScript("return document.documentElement.scrollHeight;");
		chromium.resize(width, (int) Math.max(height, page));
		chromium.screenshot(name);
		chromium.resize(width, height);
	}

}
