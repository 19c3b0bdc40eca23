package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import app.unknot.browser.Chromium;

/**
 * The pages in a real Chromium under the site's Content-Security-Policy, which allows no
 * inline style: nothing on them is refused (a refused style would leave part of a page
 * unstyled), and what used to be inline (the sheet's paper size and footer, the weekly
 * bars of the progress page, the player's timer ring) still takes effect.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContentSecurityPolicyInBrowserTests {

	private static final String PASSWORD = "correct horse battery";

	private static final String ROUTINE = "/routines/daily-pelvic-relaxation";

	/**
	 * Runs in every page before its own scripts and keeps each violation the page causes.
	 */
	private static final String RECORD_VIOLATIONS = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', event => window.cspViolations.push(
				event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber));
			""";

	private static final String RECORD_A_SESSION = """
			const [daysAgo, seconds, done] = arguments;
			fetch('/my/history', { method: 'POST', headers: { 'Content-Type': 'application/json',
					'X-CSRF-TOKEN': document.querySelector('input[name=_csrf]').value },
				body: JSON.stringify({ runId: crypto.randomUUID(), routine: 'daily-pelvic-relaxation', minutes: null,
					startedAt: new Date(Date.now() - daysAgo * 86400000 - 3600000).toISOString(), timeZone: 'UTC',
					secondsDone: seconds, outcome: 'COMPLETED', stepsCompleted: 6, stepsSkipped: 0,
					tensionBefore: 6, tensionAfter: 3 }) })
				.then(response => done(response.status));
			""";

	@LocalServerPort
	private int port;

	private final AccountService accounts;

	ContentSecurityPolicyInBrowserTests(@Autowired AccountService accounts) {
		this.accounts = accounts;
	}

	@Test
	@SuppressWarnings("unchecked")
	void noPageBreaksThePolicyAndWhatWasInlineStillShows() {
		String admin = "csp-" + UUID.randomUUID() + "@example.org";
		accounts.create(admin, PASSWORD, Role.ADMIN);
		Map<String, List<String>> violations = new LinkedHashMap<>();
		SoftAssertions softly = new SoftAssertions();
		try (Chromium chromium = Chromium.open(1280, 900)) {
			chromium.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
			violations.put("the 404 page", visit(chromium, "/routines/no-such-routine"));
			assertThat(chromium.consoleErrors()).as("only the status itself")
				.singleElement()
				.asString()
				.contains("404");
			for (String path : new String[] { "/", "/routines", "/muscles/psoas", "/safety", "/login", ROUTINE }) {
				violations.put(path, visit(chromium, path));
			}
			// The routine's JSON-LD is a data block: never run, so no violation, yet read
			// as
			// JSON.
			softly
				.assertThat(chromium.driver()
					.executeScript("return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]')"
							+ ".textContent)['@type'];"))
				.as("the routine's JSON-LD as the browser reads it")
				.isEqualTo("HowTo");

			violations.put("the sheet", visit(chromium, ROUTINE + "/sheet?paper=a4"));
			softly
				.assertThat(chromium.driver()
					.executeScript(
							"""
									return [...document.styleSheets].filter(sheet => sheet.href && sheet.href.includes('sheet-page.css'))
										.flatMap(sheet => [...sheet.cssRules]).map(rule => rule.cssText).join(' ');"""))
				.as("the sheet's paper size and footer")
				.asString()
				.contains("size: 210mm 297mm", "@bottom-left");

			violations.put("the safety check", visit(chromium, ROUTINE + "/session"));
			chromium.driver().executeScript("""
					document.querySelectorAll('input[type=radio][value=no]').forEach(radio => radio.click());
					document.querySelector('main form[method=post]').submit();""");
			chromium.waitFor("the player", driver -> driver.findElement(By.id("player")).isDisplayed());
			chromium.driver().findElement(By.xpath("//button[normalize-space()='Start']")).click();
			chromium.waitFor("the timer ring to fill", driver -> "1".equals(chromium.driver()
				.executeScript("return document.querySelector('[data-field=ring]').style.opacity")));
			violations.put("the running player", violationsSoFar(chromium));

			signIn(chromium, admin);
			for (int[] session : new int[][] { { 1, 1200 }, { 0, 600 } }) {
				softly.assertThat(chromium.driver().executeAsyncScript(RECORD_A_SESSION, session[0], session[1]))
					.as("a recorded session")
					.isEqualTo(201L);
			}
			violations.put("/my/history", visit(chromium, "/my/history"));
			// The busiest week's bar fills its track.
			softly.assertThat((List<Object>) chromium.driver()
				.executeScript(
						"""
								return [...document.querySelectorAll('.week-bar svg')].map(track => Math.round(100
									* track.querySelector('rect').getBoundingClientRect().width / track.getBoundingClientRect().width));"""))
				.as("weekly bars, percent of their track")
				.contains((Object) 100L);
			violations.put("the editor", visit(chromium, "/admin/routines/daily-pelvic-relaxation/edit"));

			violations.forEach((page, found) -> softly.assertThat(found).as("violations on %s", page).isEmpty());
			softly.assertThat(chromium.consoleErrors()).as("console errors").isEmpty();
		}
		softly.assertAll();
	}

	private List<String> visit(Chromium chromium, String path) {
		chromium.driver().get("http://localhost:" + port + path);
		return violationsSoFar(chromium);
	}

	@SuppressWarnings("unchecked")
	private static List<String> violationsSoFar(Chromium chromium) {
		chromium.waitFor("the page to load",
				driver -> "complete".equals(chromium.driver().executeScript("return document.readyState")));
		return (List<String>) chromium.driver().executeScript("return window.cspViolations;");
	}

	private void signIn(Chromium chromium, String email) {
		chromium.driver().get("http://localhost:" + port + "/login");
		chromium.driver().findElement(By.id("username")).sendKeys(email);
		chromium.driver().findElement(By.id("password")).sendKeys(PASSWORD);
		chromium.driver().findElement(By.cssSelector("main button[type=submit]")).click();
		chromium.waitFor("the account page", driver -> driver.getCurrentUrl().endsWith("/my/account"));
	}

}
