package app.unknot.browser;

import java.util.Map;

/**
 * A clock for the pages of one {@link Chromium} that moves only when a test moves it.
 * Before any script of a page runs, {@code performance.now()} (the player's clock, see
 * timing.js) stands still until {@link #advance(int)}, and {@code Date.now()} runs on
 * real time plus every advance, so a reload measures its gap as a person's would. A timed
 * session then runs exactly as long as the test says whatever the machine's load, and no
 * test waits for real seconds to pass. Each new page starts its clock again from where it
 * loaded.
 */
public final class FakeClock {

	private static final String SCRIPT = """
			(() => {
				let skipped = 0;
				const frozen = performance.now();
				const wall = Date.now;
				performance.now = () => frozen + skipped;
				Date.now = () => wall() + skipped;
				window.advanceClock = ms => { skipped += ms; };
			})();
			""";

	private final Chromium chromium;

	private FakeClock(Chromium chromium) {
		this.chromium = chromium;
	}

	/** Installs the clock in every page the browser opens from now on. */
	public static FakeClock install(Chromium chromium) {
		chromium.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SCRIPT));
		return new FakeClock(chromium);
	}

	/** Moves the current page's clock on; the page sees it at its next redraw. */
	public void advance(int seconds) {
		chromium.driver().executeScript("advanceClock(arguments[0])", seconds * 1000);
	}

}
