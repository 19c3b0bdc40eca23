package app.unknot.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import app.unknot.browser.Chromium;

/**
 * The editor on a phone (390×844) as issue 13 asks: a 7-step routine reads as one line
 * per step and fits two screens, steps move in the page without a reload and keep that
 * order when saved, the catalog's steps can be searched, and the pages pass axe in both
 * colour schemes. Also the account pages of a new person with a long address at 320 px.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EditorCollapsedBrowserTests {

	private static final String PASSWORD = "a long enough password";

	private static final String EMAIL_PREFIX = "editor-collapsed-";

	private static final int PHONE_WIDTH = 390;

	private static final int PHONE_HEIGHT = 844;

	private static final String LIBRARY_STEP = "Knuckle rub for the lower back";

	private final String base;

	private final JdbcTemplate jdbc;

	private Chromium chromium;

	EditorCollapsedBrowserTests(@LocalServerPort int port, @Autowired JdbcTemplate jdbc) {
		this.base = "http://localhost:" + port;
		this.jdbc = jdbc;
	}

	/**
	 * The application context and database are shared: the accounts made here go, with
	 * their routines.
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
	void aSevenStepRoutineIsOneLinePerStepAndMovesInThePage() {
		chromium = Chromium.open(PHONE_WIDTH, PHONE_HEIGHT);
		signUp(EMAIL_PREFIX + UUID.randomUUID() + "@example.org");
		String slug = sevenStepCopy();
		chromium.driver().get(base + "/my/routines/" + slug + "/edit");

		assertThat(chromium.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Edit: Daily pelvic relaxation (my version)");
		assertThat(chromium.driver().findElements(By.cssSelector(".editor-step-details[open]"))).as("all closed")
			.isEmpty();
		List<WebElement> summaries = chromium.driver().findElements(By.cssSelector(".editor-step-summary"));
		assertThat(summaries).hasSize(7);
		assertThat(summaries.get(0).getText()).startsWith("1").contains("Settle and breathe", "1:00");
		assertThat(summaries.get(6).getText()).startsWith("7").contains(LIBRARY_STEP);
		double steps = number("return document.querySelector('.editor-steps').getBoundingClientRect().height;");
		assertThat(steps).as("the collapsed steps in px").isLessThanOrEqualTo(2.0 * PHONE_HEIGHT);
		assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
		scrollTo(chromium.driver().findElement(By.id("steps-heading")));
		chromium.screenshot("editor-collapsed-390x844");

		// The long list of cautions is folded too, saying how many the copy carries.
		WebElement cautions = chromium.driver().findElement(By.cssSelector("#cautions-group details"));
		int ticked = chromium.driver().findElements(By.cssSelector("#cautions-group input:checked")).size();
		assertThat(ticked).isGreaterThan(1);
		assertThat(cautions.findElement(By.tagName("summary")).getText())
			.isEqualTo(ticked + " ticked: show all cautions");
		WebElement hernia = cautions.findElement(By.cssSelector("input[value='hernia']"));
		assertThat(hernia.isDisplayed()).isFalse();
		cautions.findElement(By.tagName("summary")).click();
		assertThat(hernia.isDisplayed()).isTrue();

		// Opening one step closes the one open before.
		openStep(2);
		openStep(3);
		assertThat(chromium.driver().findElements(By.cssSelector(".editor-step-details[open]")))
			.extracting(details -> details.findElement(By.xpath("..")).getDomAttribute("id"))
			.containsExactly("step-3");
		chromium.screenshot("editor-step-open-390x844");

		// Step 3 moves up without a reload: same page, new order, fields renumbered,
		// focus kept.
		chromium.driver().executeScript("window.samePage = true;");
		button("up-2").sendKeys(Keys.ENTER);
		assertThat(chromium.driver().executeScript("return window.samePage === true;")).isEqualTo(true);
		assertThat(stepTitles()).startsWith("Settle and breathe", "Circle around the hips", "Circle the lower belly");
		assertThat(focused("value")).as("focus stays on the moved step's button").isEqualTo("up-1");
		assertThat(focused("aria-label")).isEqualTo("Move step 2 up");
		assertThat(fieldName("Circle around the hips")).isEqualTo("steps[1].title");
		assertThat(chromium.driver().findElement(By.cssSelector("#step-2 .editor-step-number")).getText())
			.isEqualTo("2");
		assertThat(chromium.driver().findElement(By.cssSelector("label[for='s1-title']")).isDisplayed()).isTrue();

		// Up once more, to the top: its "Move up" is disabled, so focus goes to "Move
		// down".
		focusedElement().sendKeys(Keys.ENTER);
		assertThat(stepTitles()).startsWith("Circle around the hips", "Settle and breathe");
		assertThat(focused("value")).isEqualTo("down-0");
		assertThat(button("up-0").isEnabled()).isFalse();
		assertThat(button("up-1").isEnabled()).as("the step now second can move up").isTrue();
		assertThat(leavingIsQuestioned()).as("the moved order is not saved yet").isTrue();
		assertThat(chromium.driver().executeScript("return window.samePage === true;")).isEqualTo(true);
		chromium.screenshot("editor-moved-390x844");
		List<String> moved = stepTitles();

		button("save").sendKeys(Keys.ENTER);
		chromium.waitFor("the saved routine",
				driver -> driver.getCurrentUrl().endsWith("/routines/" + slug + "?saved"));
		assertThat(chromium.driver().findElements(By.cssSelector(".steps .step-body h3 > span:last-child")))
			.extracting(WebElement::getText)
			.isEqualTo(moved);
		assertThat(chromium.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Daily pelvic relaxation (my version)");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void theLibrarySearchHidesStepsThatDoNotMatchAndShowsThemAgain() {
		chromium = Chromium.open(PHONE_WIDTH, PHONE_HEIGHT);
		signUp(EMAIL_PREFIX + UUID.randomUUID() + "@example.org");
		chromium.driver().get(base + "/my/routines/new");
		int all = visibleOptions().size();
		assertThat(all).isGreaterThan(20);

		WebElement search = chromium.driver().findElement(By.id("library-filter"));
		scrollTo(search);
		search.sendKeys("psoas");
		List<String> psoas = visibleOptions();
		assertThat(psoas).isNotEmpty().hasSizeLessThan(all);
		assertThat(psoas).allSatisfy(option -> assertThat(option.toLowerCase()).contains("psoas"));
		assertThat(
				chromium.driver().executeScript("return document.getElementById('library').selectedOptions[0].hidden;"))
			.as("a match is chosen")
			.isEqualTo(false);
		assertThat(chromium.driver().findElement(By.id("library-filter-count")).getText())
			.isEqualTo(psoas.size() + " steps match.");
		assertThat(visibleGroups()).as("routines without a match are hidden")
			.isNotEmpty()
			.allSatisfy(group -> assertThat(group).isNotBlank());
		chromium.screenshot("editor-library-psoas-390x844");

		search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "zzzz");
		assertThat(visibleOptions()).isEmpty();
		assertThat(chromium.driver().findElement(By.id("library-filter-count")).getText())
			.startsWith("No step matches");
		assertThat(button("add-library").isEnabled()).as("nothing to add").isFalse();

		search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		assertThat(visibleOptions()).hasSize(all);
		assertThat(button("add-library").isEnabled()).isTrue();

		// Words in any order, across step and routine: the step is found and added.
		search.sendKeys("lower knuckle");
		assertThat(visibleOptions()).anySatisfy(option -> assertThat(option).startsWith(LIBRARY_STEP + " · "));
		new Select(chromium.driver().findElement(By.id("library"))).getOptions()
			.stream()
			.filter(option -> option.getText().startsWith(LIBRARY_STEP + " · "))
			.findFirst()
			.orElseThrow()
			.click();
		submit("add-library");
		assertThat(stepTitles()).endsWith(LIBRARY_STEP);
		assertThat(chromium.driver().findElements(By.cssSelector(".editor-step-details[open]")))
			.as("the added step is the one open")
			.hasSize(1);
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void theEditorAndTheNewAccountPagesPassAxeInBothColourSchemes() {
		chromium = Chromium.open(PHONE_WIDTH, PHONE_HEIGHT);
		signUp(EMAIL_PREFIX + UUID.randomUUID() + "@example.org");
		String slug = sevenStepCopy();
		for (String scheme : List.of("light", "dark")) {
			colourScheme(scheme);
			chromium.driver().get(base + "/my/account?welcome");
			assertThat(chromium.axeViolations()).as("axe on the welcome, %s", scheme).isEmpty();
			chromium.screenshot("account-welcome-390x844-" + scheme);
			chromium.driver().get(base + "/my/account/delete");
			assertThat(chromium.axeViolations()).as("axe on the deletion step, %s", scheme).isEmpty();
			chromium.screenshot("account-delete-390x844-" + scheme);
			chromium.driver().get(base + "/my/routines/" + slug + "/edit");
			openStep(2);
			WebElement search = chromium.driver().findElement(By.id("library-filter"));
			search.sendKeys("ball");
			assertThat(chromium.axeViolations()).as("axe on the editor, %s", scheme).isEmpty();
			scrollTo(chromium.driver().findElement(By.id("steps-heading")));
			chromium.screenshot("editor-collapsed-390x844-" + scheme);
			chromium.resize(1280, 800);
			chromium.driver().get(base + "/my/routines/" + slug + "/edit");
			assertThat(chromium.axeViolations()).as("axe on the editor at 1280, %s", scheme).isEmpty();
			scrollTo(chromium.driver().findElement(By.id("steps-heading")));
			chromium.screenshot("editor-collapsed-1280x800-" + scheme);
			chromium.resize(PHONE_WIDTH, PHONE_HEIGHT);
		}
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void aLongEmailAddressWrapsOnA320PixelPhone() {
		chromium = Chromium.open(320, 640);
		// A local part of 53 characters (64 at most) and a long domain: 110 characters
		// without a space.
		String email = EMAIL_PREFIX + UUID.randomUUID()
				+ "@physiotherapy-and-massage-practice-of-the-long-name.example.org";
		signUp(email);
		for (String path : List.of("/my/account?welcome", "/my/account", "/my/account/delete")) {
			chromium.driver().get(base + path);
			assertThat(chromium.driver().findElement(By.cssSelector("main .account-email")).getText()).isEqualTo(email);
			assertThat(sidewaysOverflow()).as("sideways scroll on %s at 320 px", path).isLessThanOrEqualTo(0);
		}
		chromium.screenshot("account-long-email-320");
	}

	/**
	 * Makes daily-pelvic-relaxation (six steps) mine, adds a seventh from the library and
	 * saves; returns the slug.
	 */
	private String sevenStepCopy() {
		chromium.driver().get(base + "/routines/daily-pelvic-relaxation");
		chromium.driver().findElement(By.xpath("//main//button[normalize-space()='Make it mine']")).click();
		chromium.waitFor("the editor with the copy",
				driver -> driver.getCurrentUrl().matches(".*/my/routines/[a-z0-9-]+/edit\\?copied$"));
		String slug = chromium.driver().getCurrentUrl().replaceAll(".*/my/routines/([a-z0-9-]+)/edit\\?copied$", "$1");
		new Select(chromium.driver().findElement(By.id("library"))).getOptions()
			.stream()
			.filter(option -> option.getText().startsWith(LIBRARY_STEP + " · "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no library step " + LIBRARY_STEP))
			.click();
		submit("add-library");
		assertThat(stepTitles()).hasSize(7);
		submit("save");
		assertThat(chromium.driver().getCurrentUrl()).endsWith("/routines/" + slug + "?saved");
		return slug;
	}

	private void signUp(String email) {
		chromium.driver().get(base + "/signup");
		chromium.driver().findElement(By.id("email")).sendKeys(email);
		chromium.driver().findElement(By.id("password")).sendKeys(PASSWORD);
		chromium.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		chromium.waitFor("the welcome", driver -> driver.getCurrentUrl().endsWith("/my/account?welcome"));
	}

	private void openStep(int number) {
		WebElement summary = chromium.driver().findElement(By.cssSelector("#step-" + number + " .editor-step-summary"));
		scrollTo(summary);
		summary.click();
	}

	private WebElement button(String action) {
		return chromium.driver().findElement(By.cssSelector("button[name=action][value='" + action + "']"));
	}

	/**
	 * Presses a button that goes to the server from the keyboard and waits for the
	 * answer.
	 */
	private void submit(String action) {
		WebElement page = chromium.driver().findElement(By.tagName("html"));
		WebElement button = button(action);
		scrollTo(button);
		button.sendKeys(Keys.ENTER);
		chromium.waitFor("the page after " + action, driver -> isGone(page));
		chromium.waitFor("the page to load",
				driver -> "complete".equals(chromium.driver().executeScript("return document.readyState")));
	}

	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException gone) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException inBetween) {
			return false;
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> stepTitles() {
		return (List<String>) chromium.driver()
			.executeScript(
					"return [...document.querySelectorAll('.editor-step input[id$=\"-title\"]')].map(i => i.value);");
	}

	private String fieldName(String stepTitle) {
		return (String) chromium.driver()
			.executeScript("return [...document.querySelectorAll('.editor-step input[id$=\"-title\"]')]"
					+ ".find(i => i.value === arguments[0]).name;", stepTitle);
	}

	/** The library's options a person can see now, each with its routine's name. */
	@SuppressWarnings("unchecked")
	private List<String> visibleOptions() {
		return (List<String>) chromium.driver()
			.executeScript("return [...document.querySelectorAll('#library option')]"
					+ ".filter(o => !o.hidden && !o.parentElement.hidden).map(o => o.textContent + ' ' + o.parentElement.label);");
	}

	@SuppressWarnings("unchecked")
	private List<String> visibleGroups() {
		return (List<String>) chromium.driver()
			.executeScript(
					"return [...document.querySelectorAll('#library optgroup')].filter(g => !g.hidden).map(g => g.label);");
	}

	private WebElement focusedElement() {
		return chromium.driver().switchTo().activeElement();
	}

	private String focused(String attribute) {
		return focusedElement().getDomAttribute(attribute);
	}

	private boolean leavingIsQuestioned() {
		return (Boolean) chromium.driver()
			.executeScript("const leaving = new Event('beforeunload', { cancelable: true });"
					+ " window.dispatchEvent(leaving); return leaving.defaultPrevented;");
	}

	private double number(String script) {
		return ((Number) chromium.driver().executeScript(script)).doubleValue();
	}

	private int sidewaysOverflow() {
		return (int) number("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	private void scrollTo(WebElement element) {
		chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	private void colourScheme(String scheme) {
		chromium.devTools("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	private List<String> consoleErrors() {
		return chromium.consoleErrors();
	}

}
