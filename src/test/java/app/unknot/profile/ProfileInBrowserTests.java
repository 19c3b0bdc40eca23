package app.unknot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.unknot.browser.Chromium;

/**
 * A person signs up in a real Chromium, fills in the safety profile, sees the marks,
 * stars a routine and comes back to the same card. The pages pass axe (WCAG 2.1 AA) and
 * fit a phone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProfileInBrowserTests {

	private static final List<String> PAGES = List.of("/my/safety", "/routines", "/routines?safe=1",
			"/routines/gentle-core-activation", "/muscles/abdomen", "/my/favourites", "/my/account",
			"/routines/gentle-core-activation/session");

	@LocalServerPort
	private int port;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void signUpSetTheProfileStarARoutineOnAPhone() {
		try (Chromium chromium = Chromium.open(390, 844)) {
			signUp(chromium, "phone@example.org");
			chromium.driver().get(url("/my/safety"));
			chromium.driver().findElement(By.cssSelector("input[name=caution][value=hernia]")).click();
			chromium.driver().findElement(By.cssSelector("input[name=avoid][value=adductors]")).click();
			chromium.driver().findElement(By.cssSelector(".profile-form button[type=submit]")).click();
			chromium.waitFor("the saved profile", driver -> driver.getCurrentUrl().endsWith("/my/safety?saved"));
			chromium.screenshot("safety-profile-phone");

			chromium.driver().get(url("/routines"));
			WebElement core = chromium.driver().findElement(By.id("routine-gentle-core-activation"));
			assertThat(core.findElement(By.cssSelector(".conflicts")).getText())
				.contains("Check with a professional first: Hernia");
			WebElement star = chromium.driver().findElement(By.cssSelector("#routine-desk-break .star-button"));
			assertThat(star.getDomAttribute("aria-pressed")).isEqualTo("false");
			star.click();
			chromium.waitFor("back at the card",
					driver -> driver.getCurrentUrl().endsWith("/routines#routine-desk-break"));
			assertThat(chromium.driver()
				.findElement(By.cssSelector("#routine-desk-break .star-button"))
				.getDomAttribute("aria-pressed")).isEqualTo("true");
			chromium.screenshot("catalog-signed-in-phone");

			for (String path : PAGES) {
				chromium.driver().get(url(path));
				assertThat(chromium.axeViolations()).as("axe violations on %s", path).isEmpty();
				Object overflow = ((JavascriptExecutor) chromium.driver()).executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				assertThat(((Number) overflow).intValue()).as("sideways overflow on %s", path).isLessThanOrEqualTo(0);
			}
			chromium.driver().get(url("/routines/gentle-core-activation"));
			chromium.screenshot("routine-conflict-phone");
			chromium.driver().get(url("/routines/gentle-core-activation/session"));
			chromium.screenshot("session-prefilled-phone");
			assertThat(chromium.consoleErrors()).isEmpty();
		}
	}

	@Test
	void signedInPagesOnADesktop() {
		try (Chromium chromium = Chromium.open(1280, 900)) {
			signUp(chromium, "desktop@example.org");
			chromium.driver().get(url("/my/safety"));
			chromium.driver().findElement(By.cssSelector("input[name=caution][value=pregnancy]")).click();
			chromium.driver().findElement(By.cssSelector("input[name=avoid][value=abdomen]")).click();
			chromium.driver().findElement(By.cssSelector(".profile-form button[type=submit]")).click();
			chromium.waitFor("the saved profile", driver -> driver.getCurrentUrl().endsWith("/my/safety?saved"));
			chromium.screenshot("safety-profile-desktop");
			chromium.driver().get(url("/routines/thomas-test-self-check"));
			chromium.driver().findElement(By.cssSelector(".routine-star .star-button")).click();
			chromium.waitFor("back at the routine",
					driver -> driver.getCurrentUrl().endsWith("/routines/thomas-test-self-check"));

			for (String path : PAGES) {
				chromium.driver().get(url(path));
				assertThat(chromium.axeViolations()).as("axe violations on %s", path).isEmpty();
			}
			chromium.driver().get(url("/routines"));
			chromium.screenshot("catalog-signed-in-desktop");
			chromium.driver().get(url("/my/favourites"));
			assertThat(chromium.driver().findElements(By.cssSelector(".card-title"))).extracting(WebElement::getText)
				.containsExactly("Thomas test self-check");
			chromium.screenshot("favourites-desktop");
			assertThat(chromium.consoleErrors()).isEmpty();
		}
	}

	private void signUp(Chromium chromium, String email) {
		chromium.driver().get(url("/signup"));
		chromium.driver().findElement(By.id("email")).sendKeys(email);
		chromium.driver().findElement(By.id("password")).sendKeys("correct horse battery");
		chromium.driver().findElement(By.cssSelector("form button[type=submit]")).click();
		chromium.waitFor("the new account", driver -> driver.getCurrentUrl().contains("/my/account"));
	}

}
