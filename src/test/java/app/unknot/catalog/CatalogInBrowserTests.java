package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.unknot.browser.Chromium;

/**
 * The catalog pages as a person sees them in a real Chromium: accessible (axe-core, WCAG
 * 2 A and AA including colour contrast), no sideways scrolling on a phone, nothing loaded
 * from other hosts, and filters that work from the form.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CatalogInBrowserTests {

	/** Its 404 status is the one console error a visit may log. */
	private static final String MISSING_PAGE = "/routines/no-such-routine";

	private static final List<String> PAGES = List.of("/", "/routines", "/routines?maxMinutes=abc&q=zzz",
			"/routines/psoas-ball-sphinx", "/routines/gentle-core-activation", "/muscles", "/muscles/psoas", "/safety",
			MISSING_PAGE);

	@LocalServerPort
	private int port;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void pagesPassAxeAndFitAPhoneScreen() {
		try (Chromium chromium = Chromium.open(390, 844)) {
			for (String path : PAGES) {
				chromium.driver().get(url(path));
				assertThat(chromium.axeViolations()).as("axe violations on %s", path).isEmpty();
				Object overflow = ((JavascriptExecutor) chromium.driver()).executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				assertThat(((Number) overflow).intValue()).as("sideways overflow on %s", path).isLessThanOrEqualTo(0);
				assertThat(foreignRequests(chromium)).as("requests to other hosts from %s", path).isEmpty();
			}
			chromium.driver().get(url("/routines/daily-pelvic-relaxation"));
			chromium.screenshot("routine-phone");
			assertThat(chromium.consoleErrors()).filteredOn(error -> !error.contains(MISSING_PAGE)).isEmpty();
		}
	}

	@Test
	void pagesPassAxeOnADesktop() {
		try (Chromium chromium = Chromium.open(1280, 800)) {
			for (String path : PAGES) {
				chromium.driver().get(url(path));
				assertThat(chromium.axeViolations()).as("axe violations on %s", path).isEmpty();
			}
			chromium.driver().get(url("/routines"));
			chromium.screenshot("catalog-desktop");
			chromium.driver().get(url("/muscles"));
			chromium.screenshot("muscles-desktop");
			assertThat(chromium.consoleErrors()).filteredOn(error -> !error.contains(MISSING_PAGE)).isEmpty();
		}
	}

	@Test
	void filtersAreFoldedOnAPhoneAndCombineFromTheForm() {
		try (Chromium chromium = Chromium.open(390, 844)) {
			chromium.driver().get(url("/routines"));
			WebElement filters = chromium.driver().findElement(By.cssSelector("details.filters"));
			assertThat(filters.getDomAttribute("open")).isNull();

			filters.findElement(By.tagName("summary")).click();
			new org.openqa.selenium.support.ui.Select(chromium.driver().findElement(By.id("muscle")))
				.selectByVisibleText("Adductors (inner thighs)");
			chromium.driver().findElement(By.id("q")).sendKeys("seated", Keys.ENTER);

			chromium.waitFor("the filtered catalog", driver -> driver.getCurrentUrl().contains("muscle=adductors"));
			assertThat(chromium.driver().getCurrentUrl()).contains("q=seated");
			// Search reads step text too (the desk break is done seated); a title match
			// comes first.
			assertThat(chromium.driver().findElements(By.cssSelector(".card-title"))).extracting(WebElement::getText)
				.containsExactly("Inner-thigh massage, seated and lying", "Desk break for hips and back");
			assertThat(chromium.driver().findElement(By.cssSelector(".filters summary")).getText())
				.contains("Adductors (inner thighs) · “seated”");
		}
	}

	@Test
	void filtersAreOpenOnADesktop() {
		try (Chromium chromium = Chromium.open(1280, 800)) {
			chromium.driver().get(url("/routines"));
			assertThat(chromium.driver().findElement(By.id("muscle")).isDisplayed()).isTrue();
		}
	}

	@Test
	void bodyMapRegionsOpenTheirMusclePage() {
		try (Chromium chromium = Chromium.open(1280, 800)) {
			chromium.driver().get(url("/muscles"));
			// The label, as a person taps it: the middle of the region's link box is now
			// the gap before its wrapped label.
			chromium.driver().findElement(By.cssSelector("a[href='/muscles/lower-back'] .bodymap-label")).click();
			chromium.waitFor("the lower back page", driver -> driver.getCurrentUrl().endsWith("/muscles/lower-back"));
			assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Lower back muscles");
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> foreignRequests(Chromium chromium) {
		List<String> urls = (List<String>) ((JavascriptExecutor) chromium.driver())
			.executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
		return urls.stream().filter(name -> !name.startsWith("http://localhost:" + port + "/")).toList();
	}

}
