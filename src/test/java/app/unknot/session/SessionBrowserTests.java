package app.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

import app.unknot.browser.Chromium;
import app.unknot.browser.FakeClock;
import app.unknot.browser.SharedChromium;

/**
 * The guided session in real Chromium, on the short test routines of db/testdata (steps
 * of two and three seconds). One Chromium for the class, each test a new browser session
 * (the server keeps the safety check's answers in it, the player its state in
 * sessionStorage and its settings in localStorage); the pages' clock is a fake one that
 * moves only when a test advances it, so no test waits for real seconds to pass.
 * Screenshots of the player land in target/screenshots when wanted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
class SessionBrowserTests {

	/**
	 * Speech as the player uses it, recorded instead of spoken: headless Chromium has no
	 * voices, and the words are what matters. Installed before any script of the page
	 * runs.
	 */
	private static final String RECORDED_SPEECH = """
			window.spokenWords = [];
			Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true,
				value: class { constructor(text) { this.text = text; } } });
			Object.defineProperty(window, 'speechSynthesis', { configurable: true,
				value: { speak: utterance => window.spokenWords.push(utterance.text), cancel() {} } });
			""";

	@RegisterExtension
	static final SharedChromium browser = new SharedChromium(RECORDED_SPEECH);

	private final Chromium chromium = browser.chromium();

	private final FakeClock clock = browser.clock();

	private final String base = browser.base();

	private void open(int width, int height, String path) {
		chromium.resize(width, height);
		chromium.driver().get(base + path);
	}

	private List<String> visibleButtonNames() {
		return chromium.driver()
			.findElements(By.cssSelector("button"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getAccessibleName)
			.toList();
	}

	private String text(String field) {
		return chromium.driver().findElement(By.cssSelector("#player [data-field='" + field + "']")).getText().strip();
	}

	private String status() {
		return chromium.driver().findElement(By.id("player")).getDomAttribute("data-status");
	}

	private String kind() {
		return chromium.driver().findElement(By.id("player")).getDomAttribute("data-kind");
	}

	private void waitForText(String field, String expected) {
		chromium.waitFor("the " + field + " to read " + expected, driver -> text(field).equals(expected));
	}

	private void answerSafetyCheck(String soreToday, String dizzy) {
		chromium.driver()
			.findElement(By.cssSelector("input[name='answer-test-sore-today'][value='" + soreToday + "']"))
			.click();
		chromium.driver().findElement(By.cssSelector("input[name='answer-test-dizzy'][value='" + dizzy + "']")).click();
		chromium.button("Continue").click();
	}

	@Test
	void theSafetyCheckBlocksOnYesAndStartsOnNo() {
		open(390, 844, "/routines/test-short/session");

		answerSafetyCheck("yes", "no");

		WebElement blocked = chromium.waitFor("the blocked explanation",
				driver -> driver.findElement(By.cssSelector(".check-blocked")));
		assertThat(blocked.getText()).contains("Please do not start this routine today",
				"Test explanation: pressing on a sore area can make it worse.",
				"Test advice: rest today and try a breathing routine instead.", "Read the safety guide");
		assertThat(chromium.driver().findElements(By.id("player"))).isEmpty();
		chromium.screenshot("session-check-blocked-390x844");

		// Remembered: coming back in the same browser session still blocks.
		chromium.driver().get(base + "/routines/test-short/session");
		assertThat(chromium.driver().findElements(By.cssSelector(".check-blocked"))).hasSize(1);

		answerSafetyCheck("no", "no");
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
		assertThat(chromium.button("Start").isDisplayed()).isTrue();
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void thePlayerCountsDownPausesMovesAndEndsWithASummary() {
		open(390, 844, "/routines/test-open/session");
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
		// Without JavaScript this list is the session; with it the player takes over.
		assertThat(chromium.driver().findElement(By.id("session-steps")).isDisplayed()).isFalse();

		WebElement timer = chromium.driver().findElement(By.cssSelector("[role='timer']"));
		assertThat(timer.getAriaRole()).isEqualTo("timer");
		assertThat(timer.getText()).isEqualTo("0:05");
		// Before Start only what can be used shows: no disabled controls.
		assertThat(visibleButtonNames()).containsExactly("Leave focus view", "Details", "Start");

		chromium.button("Start").click();
		assertThat(chromium.button("Pause").getAccessibleName()).isEqualTo("Pause");
		clock.advance(1);
		waitForText("timer", "0:04");

		// Pause holds the time.
		chromium.button("Pause").click();
		String held = text("timer");
		assertThat(held).isEqualTo("0:04");
		for (String name : List.of("Previous", "Resume", "Next", "Stop — I feel pain")) {
			assertThat(chromium.button(name).getAccessibleName()).isEqualTo(name);
		}
		chromium.button("Details").click();
		for (String name : List.of("Restart step", "+15 s", "End session")) {
			assertThat(chromium.button(name).getAccessibleName()).isEqualTo(name);
		}
		chromium.button("Details").click();
		clock.advance(2);
		assertThat(text("timer")).isEqualTo(held);
		assertThat(status()).isEqualTo("paused");
		chromium.button("Resume").click();
		assertThat(status()).isEqualTo("running");
		assertThat(text("timer")).as("the paused seconds not counted").isEqualTo(held);

		// Next skips get ready; the step is done on each side with a switch between.
		chromium.button("Next").click();
		assertThat(text("title")).isEqualTo("One side then the other");
		assertThat(text("phase")).isEqualTo("Left side");
		clock.advance(3);
		waitForText("phase", "Switch sides");
		chromium.screenshot("session-player-switch-390x844");
		clock.advance(5);
		waitForText("phase", "Right side");

		chromium.button("Next").click();
		assertThat(text("phase")).isEqualTo("Change position");
		assertThat(text("title")).isEqualTo("Rest");
		chromium.button("Previous").click();
		assertThat(text("title")).isEqualTo("One side then the other");
		assertThat(text("phase")).isEqualTo("Left side");

		// Reload: the session goes on where it was.
		chromium.driver().navigate().refresh();
		chromium.waitFor("the player after a reload", driver -> driver.findElement(By.id("player")).isDisplayed());
		assertThat(text("title")).isEqualTo("One side then the other");
		assertThat(status()).isEqualTo("running");
		assertThat(text("stepOf")).isEqualTo("Step 1 of 2");

		chromium.button("Next").click();
		chromium.button("Next").click();
		assertThat(text("title")).isEqualTo("Rest");
		clock.advance(2);
		chromium.waitFor("the end summary", driver -> driver.findElement(By.id("player-summary")).isDisplayed());
		String summary = chromium.driver().findElement(By.id("player-summary")).getText();
		assertThat(summary).contains("Session complete", "Steps completed: 1 of 2", "Steps skipped: 1", "Run it again",
				"Print the sheet", "Pick another routine");
		assertThat(chromium.driver().findElement(By.linkText("Print the sheet")).getDomAttribute("href"))
			.isEqualTo("/routines/test-open/sheet");
		chromium.screenshot("session-summary-390x844");

		chromium.button("Run it again").click();
		assertThat(chromium.button("Start").isDisplayed()).isTrue();
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<String> spoken() {
		return (List<String>) chromium.driver().executeScript("return window.spokenWords.slice()");
	}

	private String live() {
		return chromium.driver().findElement(By.cssSelector("#player [data-field='live']")).getAttribute("textContent");
	}

	private boolean shown(String field) {
		return chromium.driver().findElement(By.cssSelector("#player [data-field='" + field + "']")).isDisplayed();
	}

	@Test
	void aStepsSafetyCueIsShownAnnouncedAndSpokenAndASideBlockTurnsOverOnce() {
		chromium.driver().get(base + "/routines/test-cues/session");
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
		String pulse = "If you feel a pulse, move your fingers further out.";
		assertThat(shown("safety")).as("in the details, closed at first").isFalse();
		chromium.button("Details").click();

		assertThat(shown("safety")).isTrue();
		assertThat(text("safetyCue")).isEqualTo(pulse);
		assertThat(chromium.driver().findElement(By.cssSelector("#player .player-safety")).getText())
			.isEqualTo("Take care: " + pulse);
		assertThat(text("pressure")).isEqualTo("Light — 1 to 3 out of 10: a comfortable touch");

		chromium.driver().findElement(By.cssSelector(".player-settings summary")).click();
		chromium.driver().findElement(By.cssSelector("input[data-pref='speech']")).click();
		chromium.button("Start").click();

		chromium.waitFor("the step announced with its cue",
				driver -> live().equals("Step 1 of 3: Find the spot. Take care: " + pulse));
		assertThat(spoken())
			.containsExactly("Find the spot. Lie on your back with your knees bent. Take care: " + pulse);
		// Paused, so that moving on keeps the time still.
		chromium.button("Pause").click();
		chromium.driver().executeScript("window.scrollTo(0, 0)");
		chromium.screenshot("session-player-cue-390x844");

		// Into the side block: the first side of each step, lying on the other side.
		chromium.button("Next").click();
		chromium.button("Next").click();
		assertThat(text("title")).isEqualTo("Upper hip");
		assertThat(shown("safety")).as("a step without a cue shows none").isFalse();
		chromium.button("Next").click();
		assertThat(text("phase")).isEqualTo("Lying on your right side · left side up");
		assertThat(text("next")).isEqualTo("Next: Hip circles");
		chromium.button("Next").click();
		chromium.button("Next").click();
		assertThat(text("title")).isEqualTo("Hip circles");
		assertThat(text("safetyCue")).isEqualTo("Stay off the bone at the front of the hip.");
		assertThat(text("next")).isEqualTo("Next: turn over, then Upper hip");

		// One named turn-over, then the block again on the second side.
		chromium.button("Next").click();
		assertThat(text("phase")).isEqualTo("Turn over onto your other side");
		assertThat(text("title")).isEqualTo("Upper hip");
		assertThat(text("timer")).isEqualTo("0:15");
		chromium.waitFor("the turn-over announced",
				driver -> live().equals("Turn over onto your other side. Then step 2 of 3: Upper hip"));
		assertThat(spoken()).last()
			.isEqualTo("Turn over onto your other side. Then: Upper hip. Press the upper hip with your fingertips.");
		chromium.screenshot("session-player-turnover-390x844");
		chromium.button("Next").click();
		assertThat(text("phase")).isEqualTo("Lying on your left side · right side up");
		assertThat(text("stepOf")).isEqualTo("Step 2 of 3");

		chromium.driver().navigate().refresh();
		chromium.waitFor("the player after a reload", driver -> driver.findElement(By.id("player")).isDisplayed());
		assertThat(status()).isEqualTo("paused");
		assertThat(text("phase")).isEqualTo("Lying on your left side · right side up");

		// The two second sides run out on their own: both block steps are done, the first
		// was skipped.
		chromium.button("Resume").click();
		clock.advance(2);
		chromium.waitFor("the change to the last side", driver -> kind().equals("transition"));
		assertThat(text("title")).isEqualTo("Hip circles");
		clock.advance(5);
		chromium.waitFor("the last side", driver -> kind().equals("work"));
		assertThat(text("phase")).isEqualTo("Lying on your left side · right side up");
		clock.advance(2);
		chromium.waitFor("the end summary", driver -> driver.findElement(By.id("player-summary")).isDisplayed());
		assertThat(chromium.driver().findElement(By.id("player-summary")).getText()).contains("Steps completed: 2 of 3",
				"Steps skipped: 1");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void theSafetyCueLeavesTheCountdownOnAPhoneScreen() {
		for (int[] size : new int[][] { { 320, 568 }, { 390, 844 }, { 844, 390 } }) {
			// Away from the player, which saves itself as it leaves: each size starts
			// afresh.
			chromium.clearStorage(base + "/safety");
			open(size[0], size[1], "/routines/test-cues/session");
			chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
			chromium.button("Start").click();
			chromium.button("Pause").click();
			chromium.button("Details").click();
			String name = "session-player-cue-" + size[0] + "x" + size[1];
			chromium.screenshot(name);

			assertThat(shown("safety")).isTrue();
			Number timerBottom = (Number) chromium.driver()
				.executeScript("return document.querySelector('[role=timer]').getBoundingClientRect().bottom");
			Number cueBottom = (Number) chromium.driver()
				.executeScript("return document.querySelector('.player-safety').getBoundingClientRect().bottom");
			Number height = (Number) chromium.driver().executeScript("return document.documentElement.clientHeight");
			assertThat(timerBottom.doubleValue()).as("countdown on screen in " + name)
				.isLessThanOrEqualTo(height.doubleValue());
			assertThat(cueBottom.doubleValue()).as("cue on screen in " + name)
				.isLessThanOrEqualTo(height.doubleValue());
		}
	}

	@Test
	void theKeyboardDrivesThePlayer() {
		open(1280, 800, "/routines/test-open/session");
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
		Actions keys = new Actions(chromium.driver());
		chromium.driver().findElement(By.cssSelector("#player .player-title")).click();

		keys.sendKeys(Keys.SPACE).perform();
		chromium.waitFor("Space to start", driver -> status().equals("running"));
		keys.sendKeys(Keys.SPACE).perform();
		chromium.waitFor("Space to pause", driver -> status().equals("paused"));
		keys.sendKeys(Keys.SPACE).perform();
		chromium.waitFor("Space to resume", driver -> status().equals("running"));

		keys.sendKeys(Keys.ARROW_RIGHT).perform();
		waitForText("phase", "Left side");
		keys.sendKeys(Keys.ARROW_RIGHT).perform();
		waitForText("title", "Rest");
		keys.sendKeys(Keys.ARROW_LEFT).perform();
		waitForText("title", "One side then the other");
		keys.sendKeys(Keys.ESCAPE).perform();
		chromium.waitFor("Esc to pause", driver -> status().equals("paused"));
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void stopIFeelPainStopsAtOnceAndShowsTheGuidance() {
		open(390, 844, "/routines/test-open/session");
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
		chromium.button("Start").click();

		chromium.button("Stop — I feel pain").click();

		WebElement stopped = chromium.driver().findElement(By.id("player-stopped"));
		assertThat(stopped.isDisplayed()).isTrue();
		assertThat(stopped.getText()).contains("Stopped", "dizziness", "see a doctor or physiotherapist",
				"Read the safety guide");
		assertThat(chromium.driver().findElement(By.id("player")).isDisplayed()).isFalse();
		assertThat(chromium.driver().findElement(By.id("player-summary")).getText()).contains("Session ended");
		chromium.screenshot("session-stopped-390x844");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void theFirstHoldOnAPhoneAndALaptop() {
		open(390, 844, "/routines/test-short/session");
		answerSafetyCheck("no", "no");
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
		chromium.screenshot("session-player-idle-390x844");
		chromium.button("Start").click();
		// Paused first, so moving on keeps the time still for the pictures.
		chromium.button("Pause").click();
		chromium.button("Next").click();
		chromium.button("Next").click();
		chromium.button("Next").click();
		// Step 2, the first hold: repetition labels and the pressure fact.
		chromium.waitFor("the first hold", driver -> text("phase").startsWith("Hold"));
		chromium.driver().executeScript("window.scrollTo(0, 0)");
		chromium.screenshot("session-player-390x844");

		chromium.resize(1280, 800);
		chromium.waitFor("the wide layout", driver -> driver.findElement(By.id("player")).getSize().getWidth() > 900);
		chromium.driver().executeScript("window.scrollTo(0, 0)");
		chromium.screenshot("session-player-1280x800");

		assertThat(text("phase")).isEqualTo("Hold · rep 1 of 2 · set 1 of 2");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

}
