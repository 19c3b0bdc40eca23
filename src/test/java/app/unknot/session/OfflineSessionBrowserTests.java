package app.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
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
import app.unknot.browser.NetworkSwitch;
import app.unknot.browser.SharedChromium;

/**
 * Sessions with no connection, in real Chromium behind a proxy the test switches off
 * (airplane mode for the pages and the service worker alike): a routine saved for offline
 * use runs to the end, its report waits in the browser and arrives once when the
 * connection is back; offline, the safety check still comes first, and an answer that
 * means "do not start" never reaches the player. The site is installable.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
class OfflineSessionBrowserTests {

	private static final Duration SAVING = Duration.ofSeconds(30);

	@RegisterExtension
	static final SharedChromium browser = new SharedChromium();

	private final Chromium chromium = browser.chromium();

	private final FakeClock clock = browser.clock();

	private final NetworkSwitch network = new NetworkSwitch(URI.create(browser.base()).getPort());

	private final String base = network.base();

	private final JdbcTemplate jdbc;

	OfflineSessionBrowserTests(@Autowired JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@AfterEach
	void forgetTheWorkerAndItsCaches() {
		try {
			// What failed to load while offline is no error of the pages.
			chromium.consoleErrors();
			network.on();
			chromium.driver().get("about:blank");
			chromium.devTools("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "all"));
		}
		finally {
			network.close();
		}
	}

	private int records(String email) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM session_record r JOIN account a ON a.id = r.account_id WHERE a.email = ?",
				Integer.class, email);
	}

	/** Shown once the service worker is ready. */
	private boolean saveOffered() {
		return !chromium.driver().findElements(By.cssSelector("[data-offline-save]:not([hidden])")).isEmpty();
	}

	private void saveForOffline(String slug) {
		chromium.driver().get(base + "/routines/" + slug);
		chromium.waitFor("the save button", driver -> saveOffered());
		chromium.button("Save for offline").click();
		chromium.waitFor(SAVING, "the routine to be saved",
				driver -> driver.findElement(By.cssSelector(".offline-status"))
					.getText()
					.equals("Saved. This session now works without a connection on this device."));
	}

	private void answer(String redFlag, String dizzy, String balance) {
		chromium.waitFor("the safety check", driver -> driver.findElement(By.cssSelector(".check-form")));
		Map.of("test-red-flag", redFlag, "test-dizzy", dizzy, "test-balance", balance)
			.forEach((code, value) -> chromium.driver()
				.executeScript("arguments[0].click()", chromium.driver()
					.findElement(By.cssSelector("input[name='answer-" + code + "'][value='" + value + "']"))));
		chromium.button("Continue").click();
	}

	private void screenshots(String name) {
		for (String scheme : List.of("dark", "light")) {
			chromium.devTools("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
			chromium.screenshot(name + "-" + scheme);
		}
	}

	private String phase() {
		return chromium.driver().findElement(By.cssSelector("#player [data-field='phase']")).getText().strip();
	}

	private String historyStatus() {
		return chromium.driver().findElement(By.cssSelector("[data-history='status']")).getText().strip();
	}

	private long queuedReports() {
		Object count = chromium.driver()
			.executeAsyncScript("const done = arguments[0];" + "const open = indexedDB.open('unknot-offline', 1);"
					+ "open.onupgradeneeded = () => open.result.createObjectStore('reports', { keyPath: 'runId' });"
					+ "open.onsuccess = () => { const count = open.result.transaction('reports').objectStore('reports').count();"
					+ "count.onsuccess = () => { open.result.close(); done(count.result); }; };");
		return ((Number) count).longValue();
	}

	/** Offline: the check, the player, to the end; the report is kept on this device. */
	private void runOfflineToTheEnd() {
		chromium.driver().get(base + "/routines/test-tiers/session");
		assertThat(chromium.driver().findElement(By.tagName("h2")).getText()).isEqualTo("Before you start");
		answer("no", "no", "no");
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
		chromium.button("Start").click();
		chromium.button("Next").click();
		chromium.waitFor("the step", driver -> !phase().equals("Get ready"));
		clock.advance(3);
		chromium.waitFor("the end summary", driver -> driver.findElement(By.id("player-summary")).isDisplayed());
		chromium.waitFor("the report to be kept", driver -> historyStatus()
			.equals("Saved on this device. It will be sent to your progress when you are online."));
	}

	/** What the page says about sessions done offline: waiting, sent or refused. */
	private WebElement reportsNotice(String which) {
		return chromium.waitFor("the " + which + " notice",
				driver -> driver.findElement(By.cssSelector("[data-reports='" + which + "']")));
	}

	@Test
	void aRoutineSavedSignedOutIsSavedAgainAtSignInSoItsSessionOfflineReachesTheHistory() {
		saveForOffline("test-tiers");
		String email = chromium.signUp(base);
		// The kept player was the signed-out one; the worker keeps this person's now.
		chromium.waitFor(SAVING, "the session kept for the person signed in",
				driver -> Boolean.TRUE.equals(chromium.driver()
					.executeAsyncScript("caches.match('/routines/test-tiers/session/answers"
							+ "?answer-test-dizzy=no&answer-test-red-flag=no&answer-test-balance=no')"
							+ ".then(kept => kept ? kept.text() : '')"
							+ ".then(text => arguments[0](text.includes('id=\"session-history\"')))")));

		network.off();
		runOfflineToTheEnd();
		assertThat(queuedReports()).isEqualTo(1);

		network.on();
		chromium.driver().get(base + "/routines");
		chromium.waitFor(SAVING, "the report to arrive", driver -> records(email) == 1);
		chromium.waitFor("the queue to empty", driver -> queuedReports() == 0);
	}

	@Test
	void aReportWhoseSignInExpiredWaitsAndIsSentAfterTheNextSignIn() {
		String email = chromium.signUp(base);
		saveForOffline("test-tiers");
		network.off();
		runOfflineToTheEnd();
		// Meanwhile the sign-in ends, as when its session times out: the token kept with
		// the
		// report is no good any more.
		chromium.devTools("Network.clearBrowserCookies", Map.of());

		network.on();
		chromium.driver().get(base + "/routines");
		WebElement waiting = reportsNotice("waiting");
		chromium.waitFor("the waiting notice", driver -> waiting.isDisplayed());
		assertThat(waiting.getText())
			.isEqualTo("A session you did offline is waiting to be saved to your progress. Sign in to save it");
		screenshots("offline-report-waiting-390x844");
		assertThat(records(email)).isZero();
		assertThat(queuedReports()).isEqualTo(1);

		waiting.findElement(By.linkText("Sign in to save it")).click();
		chromium.driver().findElement(By.id("username")).sendKeys(email);
		chromium.driver().findElement(By.id("password")).sendKeys("a long enough password");
		chromium.button("Sign in").click();
		chromium.waitFor(SAVING, "the report to arrive", driver -> records(email) == 1);
		WebElement sent = reportsNotice("sent");
		chromium.waitFor("the sent notice", driver -> sent.isDisplayed());
		assertThat(sent.getText()).isEqualTo("The session you did offline is now saved to your progress.");
		chromium.waitFor("the queue to empty", driver -> queuedReports() == 0);
		assertThat(records(email)).isEqualTo(1);
	}

	@Test
	void aReportTheServerRefusesIsDroppedWithAMessageNotRetriedForever() {
		String email = chromium.signUp(base);
		// Kept by an earlier page, with a tension the server never accepts.
		chromium.driver()
			.executeAsyncScript("const done = arguments[0];"
					+ "const owner = document.querySelector('[data-offline-reports]').dataset.owner;"
					+ "const open = indexedDB.open('unknot-offline', 1);"
					+ "open.onupgradeneeded = () => open.result.createObjectStore('reports', { keyPath: 'runId' });"
					+ "open.onsuccess = () => { const put = open.result.transaction('reports', 'readwrite')"
					+ ".objectStore('reports').put({ runId: 'refused-run-1', url: '/my/history', owner,"
					+ " csrfHeader: 'X-CSRF-TOKEN', csrfToken: 'from-an-old-page', body: { runId: 'refused-run-1',"
					+ " routine: 'test-tiers', startedAt: new Date().toISOString(), timeZone: 'UTC', secondsDone: 10,"
					+ " outcome: 'COMPLETED', stepsCompleted: 1, stepsSkipped: 0, tensionBefore: 11 } });"
					+ "put.onsuccess = () => { open.result.close(); done(true); }; };");

		chromium.driver().get(base + "/routines");
		WebElement refused = reportsNotice("refused");
		chromium.waitFor("the refused notice", driver -> refused.isDisplayed());
		assertThat(refused.getText()).isEqualTo(
				"A session you did offline could not be saved to your progress: the server did not accept its report.");
		assertThat(queuedReports()).isZero();
		assertThat(records(email)).isZero();
	}

	@Test
	void aSavedRoutineRunsOfflineToTheEndAndIsRecordedOnceBackOnline() {
		String email = chromium.signUp(base);
		saveForOffline("test-tiers");
		chromium.driver()
			.executeScript("arguments[0].scrollIntoView({ block: 'center' })",
					chromium.driver().findElement(By.cssSelector("[data-offline-save]")));
		screenshots("offline-routine-saved-390x844");

		network.off();
		runOfflineToTheEnd();
		screenshots("offline-player-queued-390x844");
		assertThat(records(email)).isZero();
		assertThat(queuedReports()).isEqualTo(1);

		network.on();
		chromium.driver().get(base + "/routines");
		chromium.waitFor(SAVING, "the report to arrive", driver -> records(email) == 1);
		chromium.waitFor("the queue to empty", driver -> queuedReports() == 0);
		// Every later page load finds nothing left to send: still one record.
		chromium.driver().get(base + "/my/history");
		assertThat(chromium.driver().findElement(By.id("main")).getText()).contains("Test tiers routine", "Completed");
		assertThat(records(email)).isEqualTo(1);

		// Signing out forgets the kept pages, which hold this person's answers.
		chromium.driver().findElement(By.cssSelector(".menu-button")).click();
		chromium.button("Sign out").click();
		chromium.waitFor("signed out", driver -> !driver.findElements(By.linkText("Sign in")).isEmpty());
		assertThat(chromium.driver().executeAsyncScript("caches.keys().then(names => arguments[0](names.length))"))
			.isEqualTo(0L);
	}

	@Test
	void offlineADoNotStartAnswerNeverReachesThePlayer() {
		// Visiting the session online is enough to keep it.
		chromium.driver().get(base + "/routines/test-tiers");
		chromium.waitFor("the service worker", driver -> saveOffered());
		chromium.driver().get(base + "/routines/test-tiers/session");
		chromium.waitFor(SAVING, "the session to be kept",
				driver -> Boolean.TRUE.equals(chromium.driver()
					.executeAsyncScript("caches.match('/routines/test-tiers/session/offline')"
							+ ".then(kept => arguments[0](kept !== undefined))")));

		network.off();
		// The server's page for these answers, or, for answers it holds no page for, its
		// page for the most serious "yes" that blocks: never the player.
		for (List<String> answers : List.of(List.of("yes", "no", "no"), List.of("yes", "yes", "yes"))) {
			chromium.driver().get(base + "/routines/test-tiers/session");
			answer(answers.get(0), answers.get(1), answers.get(2));
			chromium.waitFor("the blocked check", driver -> driver.findElement(By.cssSelector(".check-urgent")));
			assertThat(chromium.driver().findElement(By.id("main")).getText()).contains("Get medical help now");
			assertThat(chromium.driver().findElements(By.id("player"))).isEmpty();
		}
		chromium.driver().get(base + "/routines/test-tiers/session");
		answer("no", "yes", "no");
		chromium.waitFor("ask first", driver -> driver.findElement(By.cssSelector(".check-ask")));
		assertThat(chromium.driver().findElements(By.id("player"))).isEmpty();
		// A clearance needs the server: offline it is not checked, so the session does
		// not start.
		chromium.driver().findElement(By.cssSelector("input[name='cleared']")).click();
		chromium.driver().findElement(By.cssSelector(".check-clearance button")).click();
		chromium.waitFor("not checked offline", driver -> driver.findElement(By.cssSelector(".session-unchecked")));
		assertThat(chromium.driver().findElement(By.tagName("h2")).getText())
			.isEqualTo("These answers cannot be checked offline");
		assertThat(chromium.driver().findElements(By.id("player"))).isEmpty();

		// An answer that only adapts the session starts it, with its reminder.
		chromium.driver().get(base + "/routines/test-tiers/session");
		answer("no", "no", "yes");
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
		assertThat(chromium.driver().findElement(By.cssSelector(".session-adapted")).getDomProperty("textContent"))
			.contains("Test: balance");
	}

	@Test
	void withoutServiceWorkersNoSaveButtonIsOffered() {
		// Added and removed here, not through chromium.devTools, which would remove it
		// again
		// at the end of the class.
		Map<String, Object> added = chromium.driver()
			.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
					Map.of("source", "delete Navigator.prototype.serviceWorker"));
		try {
			chromium.driver().get(base + "/routines/test-tiers");
			chromium.waitFor("the page's scripts", driver -> Boolean.TRUE.equals(chromium.driver()
				.executeScript("return document.readyState === 'complete' && !('serviceWorker' in navigator)")));
			assertThat(chromium.driver().findElement(By.cssSelector("[data-offline-save]")).isDisplayed()).isFalse();
			assertThat(chromium.driver().findElement(By.linkText("Start session")).isDisplayed()).isTrue();
		}
		finally {
			chromium.devTools("Page.removeScriptToEvaluateOnNewDocument",
					Map.of("identifier", added.get("identifier")));
		}
	}

	@Test
	void theSiteIsInstallable() {
		chromium.driver().get(base + "/");
		chromium.waitFor(SAVING, "the service worker", driver -> Boolean.TRUE.equals(
				chromium.driver().executeAsyncScript("navigator.serviceWorker.ready.then(() => arguments[0](true))")));
		Map<String, Object> result = chromium.devTools("Page.getInstallabilityErrors", Map.of());
		assertThat((List<?>) result.get("installabilityErrors")).isEmpty();
		assertThat(chromium.consoleErrors()).isEmpty();
	}

}
