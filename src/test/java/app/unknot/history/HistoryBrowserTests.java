package app.unknot.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import app.unknot.browser.Chromium;
import app.unknot.browser.FakeClock;
import app.unknot.browser.SharedChromium;

/**
 * A signed-up person runs the short test routine in real Chromium; the player reports it
 * once, with the time really spent on it, and it shows on the progress page. One Chromium
 * for the class, each test a new browser session, signed out; the pages' clock is a fake
 * one that moves only when a test advances it. Screenshots of the progress page land in
 * target/screenshots when wanted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
class HistoryBrowserTests {

	@RegisterExtension
	static final SharedChromium browser = new SharedChromium();

	private final Chromium chromium = browser.chromium();

	private final FakeClock clock = browser.clock();

	private final String base = browser.base();

	private final JdbcTemplate jdbc;

	HistoryBrowserTests(@Autowired JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private String phase() {
		return chromium.driver().findElement(By.cssSelector("#player [data-field='phase']")).getText().strip();
	}

	/**
	 * Clicks a rating's radio button in the page itself: with the phone emulation, a
	 * pointer click on a scrolled page can land a row off.
	 */
	private void rate(String when, int value) {
		WebElement radio = chromium.driver()
			.findElement(By.cssSelector("[data-tension='" + when + "'] input[value='" + value + "']"));
		chromium.driver().executeScript("arguments[0].click()", radio);
	}

	private String historyStatus() {
		return chromium.driver().findElement(By.cssSelector("[data-history='status']")).getText().strip();
	}

	private int records(String email) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM session_record r JOIN account a ON a.id = r.account_id WHERE a.email = ?",
				Integer.class, email);
	}

	@Test
	void finishingASessionRecordsItOnceWithTheTimeReallySpent() {
		String email = chromium.signUp(base);
		chromium.driver().get(base + "/routines/test-open/session");
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());

		WebElement before = chromium.driver().findElement(By.cssSelector("[data-tension='before']"));
		assertThat(before.isDisplayed()).isTrue();
		assertThat(before.getText()).contains("How tense does it feel, 0–10?", "Optional");
		rate("before", 7);
		chromium.screenshot("history-tension-before-390x844");

		chromium.button("Start").click();
		assertThat(before.isDisplayed()).isFalse();
		// Skip get ready; the first step runs 3 s on the left, 5 s to switch sides and 3
		// s on the
		// right; skip the change of position; the rest runs its 2 s: 13 s spent of 23
		// planned.
		chromium.button("Next").click();
		clock.advance(3);
		chromium.waitFor("the switch", driver -> phase().equals("Switch sides"));
		clock.advance(5);
		chromium.waitFor("the right side", driver -> phase().equals("Right side"));
		clock.advance(3);
		chromium.waitFor("the change of position", driver -> phase().equals("Change position"));
		chromium.button("Next").click();
		clock.advance(2);
		chromium.waitFor("the end summary", driver -> driver.findElement(By.id("player-summary")).isDisplayed());

		chromium.waitFor("the report to be saved", driver -> historyStatus().equals("Saved to your progress."));
		assertThat(records(email)).isEqualTo(1);
		rate("after", 3);
		chromium.button("Save rating").click();
		chromium.waitFor("the rating to be saved", driver -> historyStatus().equals("Rating saved."));
		chromium.screenshot("history-summary-390x844");

		// A reload shows the finished session again; it must not be recorded twice.
		chromium.driver().navigate().refresh();
		chromium.waitFor("the summary after a reload",
				driver -> driver.findElement(By.id("player-summary")).isDisplayed());
		chromium.waitFor("the saved status after a reload",
				driver -> historyStatus().equals("Saved to your progress."));

		assertThat(records(email)).isEqualTo(1);
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT r.* FROM session_record r JOIN account a ON a.id = r.account_id WHERE a.email = ?", email);
		assertThat(row).containsEntry("SECONDS_DONE", 13)
			.containsEntry("OUTCOME", "COMPLETED")
			.containsEntry("ROUTINE_SLUG", "test-open")
			.containsEntry("PLANNED_SECONDS", 23)
			.containsEntry("STEPS_COMPLETED", 2)
			.containsEntry("STEPS_SKIPPED", 0)
			.containsEntry("TENSION_BEFORE", 7)
			.containsEntry("TENSION_AFTER", 3);
		assertThat(row.get("TIME_ZONE")).isNotNull();

		chromium.driver().get(base + "/my/history");
		String page = chromium.driver().findElement(By.id("main")).getText();
		assertThat(page).contains("Current streak", "1 day", "Test open routine", "Completed", "7 → 3");
		chromium.screenshot("history-progress-390x844");
		chromium.resize(1280, 800);
		chromium.screenshot("history-progress-1280x800");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void anonymousVisitorsAreNotAskedAndNothingIsRecorded() {
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM session_record", Integer.class);
		chromium.driver().get(base + "/routines/test-open/session");
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
		assertThat(chromium.driver().findElements(By.cssSelector("[data-tension]"))).isEmpty();

		chromium.button("Start").click();
		// End session sits with the step's details, out of the way of the controls used
		// on the floor.
		chromium.button("Details").click();
		chromium.button("End session").click();

		chromium.waitFor("the end summary", driver -> driver.findElement(By.id("player-summary")).isDisplayed());
		assertThat(chromium.driver().findElement(By.id("player-summary")).getText()).contains("Session ended")
			.doesNotContain("How tense", "progress");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_record", Integer.class)).isEqualTo(before);
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void thePainStopIsRecordedAsSuch() {
		String email = chromium.signUp(base);
		chromium.driver().get(base + "/routines/test-open/session");
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());

		chromium.button("Start").click();
		chromium.button("Stop — I feel pain").click();

		chromium.waitFor("the report to be saved", driver -> historyStatus().equals("Saved to your progress."));
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT r.* FROM session_record r JOIN account a ON a.id = r.account_id WHERE a.email = ?", email);
		assertThat(row).containsEntry("OUTCOME", "PAIN_STOP")
			.containsEntry("STEPS_COMPLETED", 0)
			.containsEntry("STEPS_SKIPPED", 2)
			.containsEntry("TENSION_BEFORE", null);
		assertThat(chromium.consoleErrors()).isEmpty();
	}

}
