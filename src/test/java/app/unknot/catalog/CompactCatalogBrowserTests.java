package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.unknot.browser.Chromium;

/**
 * The catalog as a phone shows it: a header of one short line, cards about a third of the
 * screen that open with one tap, filters that say what they hold, and a body map whose
 * labels stay inside it; the same pages stay one line and accessible on a desktop, light
 * and dark.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CompactCatalogBrowserTests {

	private static final int[][] SIZES = { { 320, 568 }, { 390, 844 }, { 1280, 800 } };

	private static final List<String> BODY_MAP_PAGES = List.of("/muscles", "/routines/daily-pelvic-relaxation",
			"/muscles/adductors");

	@LocalServerPort
	private int port;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void theHeaderIsOneShortLineAndItsMenuOpensOnPhones() {
		for (int[] size : SIZES) {
			boolean phone = size[0] < 600;
			try (Chromium chromium = Chromium.open(size[0], size[1])) {
				chromium.driver().get(url("/routines"));
				WebElement header = chromium.driver().findElement(By.cssSelector(".site-header"));
				assertThat(header.getRect().getHeight()).as("header height at %d px", size[0]).isLessThanOrEqualTo(64);
				assertThat(chromium.driver().findElement(By.cssSelector(".account-entry")).getText())
					.isEqualTo("Sign in");
				WebElement muscles = chromium.driver().findElement(By.cssSelector(".site-menu nav a[href='/muscles']"));
				WebElement menuButton = chromium.driver().findElement(By.cssSelector(".menu-button"));
				if (phone) {
					assertThat(muscles.isDisplayed()).as("links folded at %d px", size[0]).isFalse();
					menuButton.click();
					assertThat(muscles.isDisplayed()).as("links shown by Menu at %d px", size[0]).isTrue();
					assertThat(header.getRect().getHeight()).isLessThanOrEqualTo(64);
					chromium.screenshot("compact-menu-" + size[0]);
					muscles.click();
					chromium.waitFor("the muscles page", driver -> driver.getCurrentUrl().endsWith("/muscles"));
				}
				else {
					assertThat(menuButton.isDisplayed()).isFalse();
					assertThat(muscles.isDisplayed()).isTrue();
					assertThat(muscles.getRect().getY()).as("links on the logo's line")
						.isLessThan(header.getRect().getY() + header.getRect().getHeight());
				}
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void noCardTitleBreaksInsideAWordOnAPhone() {
		for (int[] size : new int[][] { { 320, 568 }, { 390, 844 } }) {
			for (String language : List.of("en", "es")) {
				try (Chromium chromium = Chromium.open(size[0], size[1])) {
					chromium.driver().get(url("/routines?lang=" + language));
					// Each word of each title, measured in the title's font, against the
					// title's width: a wider word is cut in two wherever it meets the
					// edge.
					List<String> cutWords = (List<String>) chromium.driver().executeScript("""
							const pen = document.createElement('canvas').getContext('2d');
							const cut = [];
							for (const title of document.querySelectorAll('.routine-cards .card-title')) {
								const style = getComputedStyle(title);
								pen.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
								const width = title.getBoundingClientRect().width;
								for (const word of title.textContent.trim().split(/\\s+/)) {
									if (pen.measureText(word).width > width) {
										cut.push(word);
									}
								}
							}
							return cut;
							""");
					assertThat(cutWords).as("words wider than their card title at %d px in %s", size[0], language)
						.isEmpty();
				}
			}
		}
	}

	@Test
	void phoneCardsTakeAtMostAThirdOfTheScreen() {
		for (int[] size : new int[][] { { 390, 844 }, { 320, 568 } }) {
			try (Chromium chromium = Chromium.open(size[0], size[1])) {
				chromium.driver().get(url("/routines"));
				List<WebElement> cards = chromium.driver().findElements(By.cssSelector(".routine-cards > .card"));
				assertThat(cards).hasSizeGreaterThan(5);
				assertThat(cards).allSatisfy(card -> assertThat(card.getRect().getHeight())
					.as("height of %s at %d x %d", card.getDomAttribute("id"), size[0], size[1])
					.isLessThanOrEqualTo((int) (size[1] * 0.35)));
				chromium.screenshot("compact-catalog-" + size[0]);
			}
		}
	}

	@Test
	void eachCardOpensItsRoutineThroughOneLinkAndKeepsTheStarApart() {
		try (Chromium chromium = Chromium.open(390, 844)) {
			chromium.driver().get(url("/routines"));
			List<WebElement> cards = chromium.driver().findElements(By.cssSelector(".routine-cards > .card"));
			for (WebElement card : cards) {
				String routine = "/routines/" + card.getDomAttribute("id").substring("routine-".length());
				List<String> links = card.findElements(By.cssSelector("a, button"))
					.stream()
					.filter(control -> control.findElements(By.xpath("ancestor::*[contains(@class,'card-star')]"))
						.isEmpty())
					.map(control -> control.getDomAttribute("href"))
					.toList();
				assertThat(links).as("controls of %s besides its star", routine).containsExactly(routine);
				assertThat(card.findElements(By.cssSelector(".card-star a, .card-star button"))).hasSize(1);
			}
			WebElement star = chromium.driver().findElement(By.cssSelector("#routine-desk-break .card-star a"));
			assertThat(topElementAtCentreOf(chromium, star)).as("the star is not under the card's link").isTrue();
			assertThat(star.getAccessibleName()).isEqualTo("Sign in to keep favourites");

			// A tap anywhere on the card, here on its area chips, lands on the card's one
			// link.
			new Actions(chromium.driver())
				.moveToElement(chromium.driver().findElement(By.cssSelector("#routine-desk-break .card-chips")))
				.click()
				.perform();
			chromium.waitFor("the routine opened from its card",
					driver -> driver.getCurrentUrl().endsWith("/routines/desk-break"));
		}
	}

	@Test
	void theFoldedFilterNamesWhatIsActiveAndEachChipDropsOne() {
		try (Chromium chromium = Chromium.open(390, 844)) {
			chromium.driver().get(url("/routines?muscle=psoas&maxMinutes=10"));
			assertThat(chromium.driver().findElement(By.cssSelector("details.filters")).getDomAttribute("open"))
				.isNull();
			assertThat(chromium.driver().findElement(By.cssSelector(".filters .filter-names")).getText())
				.isEqualTo("Psoas · ≤ 10 min");
			List<WebElement> chips = chromium.driver().findElements(By.cssSelector(".active-filters a"));
			assertThat(chips).extracting(WebElement::getAccessibleName)
				.containsExactly("Remove filter: Psoas", "Remove filter: ≤ 10 min");
			chromium.screenshot("compact-filters-phone");

			chips.get(1).click();
			chromium.waitFor("the catalog without the time filter",
					driver -> driver.getCurrentUrl().endsWith("/routines?muscle=psoas"));
			assertThat(chromium.driver().findElements(By.cssSelector(".active-filters a")))
				.extracting(WebElement::getAccessibleName)
				.containsExactly("Remove filter: Psoas");
		}
	}

	@Test
	void bodyMapLabelsStayInsideTheMapAndTheScreen() {
		for (int[] size : SIZES) {
			try (Chromium chromium = Chromium.open(size[0], size[1])) {
				for (String path : BODY_MAP_PAGES) {
					chromium.driver().get(url(path));
					@SuppressWarnings("unchecked")
					List<String> outside = (List<String>) chromium.driver()
						.executeScript(
								"""
										const map = document.querySelector('svg.bodymap').getBoundingClientRect();
										const width = document.documentElement.clientWidth;
										return [...document.querySelectorAll('svg.bodymap text')]
										  .filter(text => {
										    const box = text.getBoundingClientRect();
										    return box.left < Math.max(map.left, 0) - 0.5 || box.right > Math.min(map.right, width) + 0.5
										      || box.top < map.top - 0.5 || box.bottom > map.bottom + 0.5;
										  })
										  .map(text => text.textContent);""");
					assertThat(outside).as("labels outside the map on %s at %d px", path, size[0]).isEmpty();
					assertThat(chromium.driver().findElements(By.cssSelector("svg.bodymap text")))
						.hasSizeGreaterThan(2);
				}
			}
		}
	}

	@Test
	void beforeYouStartLeadsWithOnePointAndFoldsTheRest() {
		try (Chromium chromium = Chromium.open(390, 844)) {
			chromium.driver().get(url("/routines/psoas-ball-sphinx"));
			WebElement box = chromium.driver().findElement(By.cssSelector(".panel-caution"));
			assertThat(box.findElement(By.cssSelector(".caution-first")).getText()).startsWith("Do not start with: ")
				.contains("more");
			WebElement more = box.findElement(By.cssSelector("details.caution-more"));
			assertThat(more.getDomAttribute("open")).isNull();
			assertThat(box.getRect().getHeight()).as("the folded box").isLessThanOrEqualTo((int) (844 * 0.3));
			more.findElement(By.tagName("summary")).click();
			assertThat(box.findElement(By.cssSelector(".caution-list a[href='/safety#hernia']")).isDisplayed())
				.isTrue();
		}
	}

	@Test
	void compactPagesPassAxeLightAndDark() {
		List<String> pages = List.of("/routines?muscle=psoas&maxMinutes=10", "/routines/psoas-ball-sphinx", "/muscles",
				"/muscles/psoas");
		for (int[] size : new int[][] { { 390, 844 }, { 1280, 800 } }) {
			try (Chromium chromium = Chromium.open(size[0], size[1])) {
				for (String scheme : List.of("light", "dark")) {
					chromium.devTools("Emulation.setEmulatedMedia",
							Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
					for (String path : pages) {
						chromium.driver().get(url(path));
						if (size[0] < 600) {
							chromium.driver().findElement(By.cssSelector(".menu-button")).click();
						}
						assertThat(chromium.axeViolations()).as("axe on %s, %s, %d px", path, scheme, size[0])
							.isEmpty();
					}
					chromium.driver().get(url("/routines"));
					chromium.screenshot("compact-catalog-" + size[0] + "-" + scheme);
				}
				assertThat(chromium.consoleErrors()).isEmpty();
			}
		}
	}

	@Test
	void browsersFindTheSiteIcons() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		for (String path : List.of("/favicon.ico", "/apple-touch-icon.png")) {
			HttpResponse<byte[]> icon = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(icon.statusCode()).as(path).isEqualTo(200);
			assertThat(icon.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
			assertThat(icon.body()).as(path).hasSizeGreaterThan(100);
		}
		try (Chromium chromium = Chromium.open(390, 844)) {
			chromium.driver().get(url("/"));
			assertThat(chromium.driver()
				.findElement(By.cssSelector("link[rel='apple-touch-icon']"))
				.getDomAttribute("href")).contains("apple-touch-icon");
		}
	}

	private static boolean topElementAtCentreOf(Chromium chromium, WebElement element) {
		return (Boolean) chromium.driver().executeScript("""
				const box = arguments[0].getBoundingClientRect();
				const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return arguments[0] === top || arguments[0].contains(top);""", element);
	}

}
