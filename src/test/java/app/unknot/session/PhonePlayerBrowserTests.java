package app.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

import app.unknot.browser.Chromium;
import app.unknot.browser.FakeClock;
import app.unknot.browser.SharedChromium;

/**
 * The player as a person on the floor uses it: after Start everything that matters fits
 * one screen, from a 320 px phone to a laptop, and is readable from two metres; with eyes
 * closed the voice, tones, vibration and lock-screen controls lead the way. One Chromium
 * for the class, each test a new browser session; the page's clock is a fake one that
 * moves only when a test advances it, so no test waits for real seconds to pass.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
class PhonePlayerBrowserTests {

	/**
	 * Installed before any script of the page: spoken words, vibrations, lock-screen
	 * handlers and live-region changes are recorded.
	 */
	private static final String RECORDERS = """
			window.spokenWords = [];
			Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true,
				value: class { constructor(text) { this.text = text; } } });
			Object.defineProperty(window, 'speechSynthesis', { configurable: true,
				value: { speak: utterance => window.spokenWords.push(utterance.text), cancel() {}, getVoices: () => [{}] } });
			window.vibrations = [];
			navigator.vibrate = pattern => { window.vibrations.push(JSON.stringify(pattern)); return true; };
			window.mediaHandlers = {};
			if (navigator.mediaSession) {
				const register = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
				navigator.mediaSession.setActionHandler = (action, handler) => {
					window.mediaHandlers[action] = handler;
					register(action, handler);
				};
			}
			window.announced = [];
			document.addEventListener('DOMContentLoaded', () => {
				const live = document.querySelector('#player [aria-live]');
				if (live) {
					new MutationObserver(() => {
						if (live.textContent) window.announced.push(live.textContent);
					}).observe(live, { childList: true, characterData: true, subtree: true });
				}
			});
			""";

	/** What must be on screen, whole and apart, whatever the step. */
	private static final Map<String, String> ESSENTIALS = Map.of("countdown", "#player [role=timer]", "cue",
			"#player .player-phase", "title", "#player .player-title", "previous", "#player [data-action=previous]",
			"pause", "#player [data-action=pause]", "next", "#player [data-action=next]", "pain",
			"#player [data-action=pain]");

	/** Width, height, and 1 for the dark theme (evening sessions). */
	private static final int[][] SIZES = { { 320, 568, 0 }, { 360, 640, 0 }, { 390, 844, 0 }, { 430, 932, 0 },
			{ 844, 390, 0 }, { 1280, 800, 0 }, { 390, 844, 1 }, { 844, 390, 1 } };

	@RegisterExtension
	static final SharedChromium browser = new SharedChromium(RECORDERS);

	private final Chromium chromium = browser.chromium();

	private final FakeClock clock = browser.clock();

	private final String base = browser.base();

	private String theme = "light";

	@BeforeEach
	void lightPhone() {
		theme = "light";
		chromium.devTools("Emulation.setEmulatedMedia", Map.of("features", List.of()));
	}

	/**
	 * A fresh player: storage is cleared away from it, since the player saves itself as
	 * it leaves.
	 */
	private void load(String slug) {
		chromium.clearStorage(base + "/safety");
		chromium.driver().get(base + "/routines/" + slug + "/session");
		if (chromium.driver().findElements(By.id("player")).isEmpty()) {
			// The short routine asks its questions once per browser session.
			chromium.driver().findElement(By.cssSelector("input[name='answer-test-sore-today'][value='no']")).click();
			chromium.driver().findElement(By.cssSelector("input[name='answer-test-dizzy'][value='no']")).click();
			chromium.driver().findElement(By.cssSelector(".check-form button[type='submit']")).click();
		}
		chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
	}

	/** Runs the open test routine to its end on the fake clock, every step done. */
	private void runTestOpenToTheEnd() {
		click("start");
		advance(5, "work");
		runFromTheFirstSideToTheEnd();
	}

	/**
	 * From the start of the first side: 3 s, a 5 s switch, 3 s, 5 s to change position, 2
	 * s of rest.
	 */
	private void runFromTheFirstSideToTheEnd() {
		advance(3, "switch");
		advance(5, "work");
		advance(3, "transition");
		advance(5, "work");
		clock.advance(2);
		chromium.waitFor("the summary", driver -> driver.findElement(By.id("player-summary")).isDisplayed());
	}

	private String summary() {
		return chromium.driver().findElement(By.id("player-summary")).getText();
	}

	private Object js(String script) {
		return chromium.driver().executeScript(script);
	}

	private void click(String action) {
		js("document.querySelector('#player [data-action=" + action + "]').click()");
	}

	private String phase() {
		return (String) js("return document.querySelector('#player [data-field=phase]').textContent");
	}

	private String kind() {
		return (String) js("return document.getElementById('player').dataset.kind");
	}

	/**
	 * Measures the essentials in the page: each one's rectangle, whether it is whole
	 * inside the viewport (clientWidth and clientHeight, scroll bars excluded), which
	 * pairs overlap, whether the page scrolls, and the countdown's font size against the
	 * short side.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> measure(Map<String, String> selectors) {
		return (Map<String, Object>) chromium.driver()
			.executeScript(
					"""
							const selectors = arguments[0];
							const root = document.documentElement;
							const width = root.clientWidth, height = root.clientHeight;
							const rects = {}, outside = [], missing = [], overlaps = [];
							for (const [name, selector] of Object.entries(selectors)) {
								const el = document.querySelector(selector);
								const r = el && el.getBoundingClientRect();
								if (!r || r.width === 0 || r.height === 0) { missing.push(name); continue; }
								rects[name] = r;
								if (r.left < 0 || r.top < 0 || r.right > width + 0.5 || r.bottom > height + 0.5) {
									outside.push(name + ' ' + JSON.stringify([r.left, r.top, r.right, r.bottom].map(Math.round)));
								}
							}
							const names = Object.keys(rects);
							for (let i = 0; i < names.length; i++) {
								for (let j = i + 1; j < names.length; j++) {
									const a = rects[names[i]], b = rects[names[j]];
									const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
									const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
									if (x > 0.5 && y > 0.5) overlaps.push(names[i] + ' & ' + names[j]);
								}
							}
							const timer = document.querySelector('#player [role=timer]');
							const ring = document.querySelector('#player .player-ring');
							const ringRect = ring && ring.getBoundingClientRect();
							const t = timer.getBoundingClientRect();
							// The figures inside the ring's circle: every corner of their box within its radius.
							let inRing = true;
							if (ringRect && ringRect.width > 0 && getComputedStyle(ring).display !== 'none') {
								const cx = ringRect.left + ringRect.width / 2, cy = ringRect.top + ringRect.height / 2;
								const radius = ringRect.width / 2 * (54 - 3) / 60;
								const range = document.createRange();
								range.selectNodeContents(timer);
								const text = range.getBoundingClientRect();
								inRing = [[text.left, text.top], [text.right, text.top], [text.left, text.bottom], [text.right, text.bottom]]
									.every(([x, y]) => Math.hypot(x - cx, y - cy) <= radius + 0.5);
							}
							return { width, height, outside, missing, overlaps, inRing,
								scrolls: root.scrollHeight > height + 1 || root.scrollWidth > width + 1,
								fontSize: parseFloat(getComputedStyle(timer).fontSize), shortSide: Math.min(width, height) };
							""",
					selectors);
	}

	private void assertFits(String state, Map<String, String> selectors, boolean twoMetreFigures) {
		Map<String, Object> m = measure(selectors);
		String where = state + " at " + m.get("width") + "x" + m.get("height");
		assertThat(m.get("missing")).as("shown in %s", where).isEqualTo(List.of());
		assertThat(m.get("outside")).as("inside the viewport in %s", where).isEqualTo(List.of());
		assertThat(m.get("overlaps")).as("nothing overlapping in %s", where).isEqualTo(List.of());
		assertThat(m.get("scrolls")).as("no scrolling in %s", where).isEqualTo(false);
		assertThat(m.get("inRing")).as("the figures inside the ring in %s", where).isEqualTo(true);
		if (twoMetreFigures) {
			double fontSize = ((Number) m.get("fontSize")).doubleValue();
			double shortSide = ((Number) m.get("shortSide")).doubleValue();
			assertThat(fontSize).as("countdown font size in %s", where).isGreaterThanOrEqualTo(0.2 * shortSide);
		}
		chromium.screenshot("player-focus-" + state + "-" + m.get("width") + "x" + m.get("height")
				+ ("dark".equals(theme) ? "-dark" : ""));
	}

	@Test
	void afterStartEveryStepFitsOneScreenAtEverySize() {
		for (int[] size : SIZES) {
			chromium.resize(size[0], size[1]);
			theme = size[2] == 1 ? "dark" : "light";
			chromium.devTools("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", theme))));
			load("test-short");
			assertFits("idle", Map.of("countdown", "#player [role=timer]", "cue", "#player .player-phase", "start",
					"#player [data-action=start]"), false);

			click("start");
			assertThat(phase()).isEqualTo("Get ready");
			click("next");
			assertThat(kind()).isEqualTo("work");
			assertFits("timed", ESSENTIALS, true);

			click("next");
			click("next");
			assertThat(phase()).isEqualTo("Hold · rep 1 of 2 · set 1 of 2");
			assertFits("holds", ESSENTIALS, true);
			advance(2, "rest");
			assertFits("rest", ESSENTIALS, true);

			click("next");
			click("next");
			assertThat(phase()).isEqualTo("Lying on your right side · left side up");
			assertFits("each-side", ESSENTIALS, true);

			click("next");
			click("next");
			assertThat(kind()).isEqualTo("untimed");
			Map<String, String> whenReady = new HashMap<>(ESSENTIALS);
			whenReady.put("done", "#player [data-action=done]");
			assertFits("when-ready", whenReady, false);

			click("details");
			assertFits("details", ESSENTIALS, false);
		}
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void theLiveRegionAnnouncesEachChangeOnceAsTheClockRuns() {
		load("test-open");
		// 5 s get ready, 3 s left side, 5 s switch, 3 s right side, 5 s change position,
		// 2 s rest.
		runTestOpenToTheEnd();
		chromium.waitFor("the last announcement", driver -> announced().size() >= 4);

		assertThat(announced()).containsExactly("Step 1 of 2: One side then the other", "Switch sides",
				"Step 2 of 2: Rest", "Session complete");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	/**
	 * Moves the fake clock on and waits for the page's next redraw to show the part that
	 * follows.
	 */
	private void advance(int seconds, String kind) {
		clock.advance(seconds);
		chromium.waitFor("the " + kind + " after " + seconds + " s", driver -> kind.equals(kind()));
	}

	@SuppressWarnings("unchecked")
	private List<String> announced() {
		return (List<String>) js("return window.announced.slice()");
	}

	@Test
	@SuppressWarnings("unchecked")
	void eyesClosedModeSpeaksEveryPartCountsTheLastSecondsAndVibrates() {
		load("test-open");
		js("document.querySelector('.player-intro [data-pref=eyesClosed]').click()");
		click("start");
		chromium.waitFor("the step spoken", driver -> !spoken().isEmpty());
		// Get ready: 5 s, counted down from 3 in whole seconds.
		advance(2, "ready");
		chromium.waitFor("three", driver -> spoken().contains("3"));
		advance(1, "ready");
		chromium.waitFor("two", driver -> spoken().contains("2"));
		advance(1, "ready");
		chromium.waitFor("one", driver -> spoken().contains("1"));
		advance(1, "work");
		runFromTheFirstSideToTheEnd();

		assertThat(spoken()).containsExactly("One side then the other. Circle slowly.", "3", "2", "1", "Left side",
				"Switch sides", "Right side", "Rest. Lie still.", "Session complete");
		assertThat((List<String>) js("return window.vibrations")).containsExactly("[200,100,200]", "[60]", "[60]",
				"[60]", "[400]", "[200,100,200]", "[600,200,600]");
		assertThat(localStorage("unknot.player.prefs")).contains("\"eyesClosed\":true");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void inEyesClosedModeTheLockScreenNamesTheStepAndItsButtonsControlTheSession() {
		openSettings("test-open");
		js("document.querySelector('.player-settings [data-pref=eyesClosed]').click()");
		assertThat(js("return document.querySelector('[data-ability=lockScreen]').dataset.available")).isEqualTo("yes");
		assertThat(js("return document.querySelector('[data-ability=voice] .ability-yes').offsetParent !== null"
				+ " || document.querySelector('[data-ability=voice] .ability-no').offsetParent !== null"))
			.as("the voice's availability said in words")
			.isEqualTo(true);
		click("details");
		click("start");

		chromium.waitFor("the silent loop playing",
				driver -> Boolean.FALSE.equals(js("return document.querySelector('[data-field=keepAlive]').paused")));
		assertThat(js("return navigator.mediaSession.metadata.title")).isEqualTo("One side then the other");
		assertThat(js("return navigator.mediaSession.metadata.album")).isEqualTo("Test open routine");
		assertThat(js("return navigator.mediaSession.playbackState")).isEqualTo("playing");

		js("window.mediaHandlers.pause()");
		assertThat(js("return document.getElementById('player').dataset.status")).isEqualTo("paused");
		assertThat(js("return navigator.mediaSession.playbackState")).isEqualTo("paused");
		assertThat(js("return document.querySelector('[data-field=keepAlive]').paused")).isEqualTo(true);
		js("window.mediaHandlers.nexttrack()");
		assertThat(phase()).isEqualTo("Left side");
		assertThat(js("return navigator.mediaSession.metadata.artist")).isEqualTo("Left side");
		js("window.mediaHandlers.play()");
		assertThat(js("return document.getElementById('player').dataset.status")).isEqualTo("running");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void aQuietProfileIsKeptForItsRoutineOnly() {
		openSettings("test-open");
		js("document.querySelector('[data-routine-pref=quiet]').click()");
		assertThat(localStorage("unknot.player.routine.test-open")).isEqualTo("{\"quiet\":true}");

		chromium.driver().get(base + "/routines/test-open/session");
		assertThat(js("return document.querySelector('[data-routine-pref=quiet]').checked")).isEqualTo(true);
		chromium.driver().get(base + "/routines/test-cues/session");
		assertThat(js("return document.querySelector('[data-routine-pref=quiet]').checked")).isEqualTo(false);
	}

	private void openSettings(String slug) {
		load(slug);
		click("details");
		js("document.querySelector('.player-settings').open = true");
	}

	private String localStorage(String key) {
		return (String) js("return localStorage.getItem('" + key + "')");
	}

	@SuppressWarnings("unchecked")
	private List<String> spoken() {
		return (List<String>) js("return window.spokenWords.slice()");
	}

	@Test
	void theEndingCelebratesCalmlyAndSaysWhatToDoNext() {
		load("test-open");
		runTestOpenToTheEnd();

		assertThat(summary())
			.contains("Session complete", "Well done. Lie still for a few slow breaths", "Time: 0:23",
					"Steps completed: 2 of 2", "What now", "Drink a glass of water.", "Move gently",
					"a day of rest before you work it again", "Run it again", "Print the sheet", "Pick another routine")
			.doesNotContain("Steps skipped", "Tension");
		assertThat(js("return document.documentElement.classList.contains('focus-view')"))
			.as("the site is back around the summary")
			.isEqualTo(false);
		assertThat(((Number) js("return document.getElementById('summary-heading').getBoundingClientRect().top"))
			.doubleValue()).as("the heading on screen").isGreaterThanOrEqualTo(0);
		chromium.screenshot("player-summary-390x844");

		js("document.querySelector('#player-summary [data-action=again]').click()");
		click("start");
		click("end");
		assertThat(summary()).contains("Session ended", "Steps skipped: 2").doesNotContain("Well done");
	}

	@Test
	void signedInTheSummaryShowsTensionBeforeAndAfterWithTheStatusUnderTheQuestion() {
		chromium.driver().get(base + "/signup");
		chromium.driver().findElement(By.id("email")).sendKeys("player-" + System.nanoTime() + "@example.org");
		chromium.driver().findElement(By.id("password")).sendKeys("a long enough password");
		chromium.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
		chromium.waitFor("the account page", driver -> driver.getCurrentUrl().endsWith("/my/account?welcome"));
		load("test-open");
		js("document.querySelector('[data-tension=before] input[value=\"6\"]').click()");
		runTestOpenToTheEnd();
		chromium.waitFor("the report saved", driver -> summary().contains("Saved to your progress."));
		assertThat(summary()).contains("Tension before: 6");
		chromium.waitFor("the streak from the server's answer",
				driver -> summary().contains("Days in a row with a session: 1"));

		js("document.querySelector('[data-tension=after] input[value=\"3\"]').click()");
		js("document.querySelector('[data-history=rate]').click()");
		chromium.waitFor("the rating saved", driver -> summary().contains("Rating saved."));
		assertThat(summary()).contains("Tension: 6 before, 3 now");
		assertThat((Boolean) js("""
				const question = document.querySelector('[data-tension=after]');
				const status = document.querySelector('[data-history=status]');
				return question.getBoundingClientRect().bottom <= status.getBoundingClientRect().top;
				""")).as("the status under the question it confirms").isTrue();
		assertThat((Boolean) js("""
				const fieldset = document.querySelector('[data-tension=after]');
				const legend = fieldset.querySelector('legend').getBoundingClientRect();
				const box = fieldset.getBoundingClientRect();
				// Below the top border, not drawn across it.
				return legend.top >= box.top + parseFloat(getComputedStyle(fieldset).borderTopWidth)
					&& legend.left >= box.left && legend.right <= box.right;
				""")).as("the question inside its box, not across its border").isTrue();
		chromium.screenshot("player-summary-signed-in-390x844");
	}

	@Test
	void theFocusViewHasNoAccessibilityViolations() {
		load("test-cues");
		click("start");
		click("pause");
		assertThat(chromium.axeViolations()).as("axe, focus view").isEmpty();
		click("details");
		assertThat(chromium.axeViolations()).as("axe, details open").isEmpty();
	}

}
