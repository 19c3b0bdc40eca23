package app.unknot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import app.unknot.browser.Chromium;
import app.unknot.browser.SharedChromium;

/**
 * The reminder forms in real Chromium with its time zone set to one the test machine is
 * not in: reminders.js tells the server the device's zone, names it in the zone list and
 * dates the one-off calendar file by the device's today, and that zone reaches the
 * reminders page and the calendar files. Screenshots land in target/screenshots when
 * wanted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RemindersBrowserTests {

	/** Half an hour off whole-hour zones, far from the machine's own. */
	private static final String ZONE = "America/St_Johns";

	@RegisterExtension
	static final SharedChromium browser = new SharedChromium();

	private final Chromium chromium = browser.chromium();

	private final String base = browser.base();

	@BeforeEach
	void deviceInNewfoundland() {
		chromium.devTools("Emulation.setTimezoneOverride", Map.of("timezoneId", ZONE));
	}

	/**
	 * The browser's driver now: a browser that stopped answering is replaced before a
	 * test.
	 */
	private ChromeDriver driver() {
		return chromium.driver();
	}

	/** The fold on the routine page with this summary, opened. */
	private WebElement openFold(String summary) {
		WebElement fold = driver().findElements(By.cssSelector("details.reminder-fold"))
			.stream()
			.filter(details -> details.findElement(By.tagName("summary")).getText().strip().equals(summary))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no fold named " + summary));
		fold.findElement(By.tagName("summary")).click();
		return fold;
	}

	/**
	 * What the address answers, fetched by the page as a calendar app would. (Its CRLF
	 * line ends do not survive the trip back from the browser; CalendarFeedTests checks
	 * them.)
	 */
	private String fetch(String url) {
		return (String) driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'omit' })
					.then(answer => answer.ok ? answer.text() : 'HTTP ' + answer.status, error => String(error))
					.then(done);
				""", url);
	}

	@Test
	void aReminderTakesTheDevicesZoneIntoTheListAndTheCalendarFeed() {
		chromium.signUp(base);
		driver().get(base + "/routines/desk-break");
		WebElement form = openFold("Remind me").findElement(By.tagName("form"));

		assertThat(form.findElement(By.name("deviceZone")).getDomProperty("value")).isEqualTo(ZONE);
		Select zone = new Select(form.findElement(By.name("zone")));
		assertThat(zone.getFirstSelectedOption().getText()).isEqualTo("This device’s time zone (" + ZONE + ")");
		for (String day : List.of("Monday", "Friday")) {
			form.findElement(By.xpath(".//label[normalize-space(.)='" + day + "']")).click();
		}
		chromium.screenshot("reminder-form-390x844");
		chromium.button("Add reminder").click();

		chromium.waitFor("the reminders page", page -> page.getCurrentUrl().endsWith("/my/reminders?added"));
		assertThat(driver().findElement(By.cssSelector(".reminder-item")).getText())
			.contains("Desk break for hips and back", "Monday, Friday at 07:30", ZONE);
		chromium.button("Make my calendar address").click();
		String feedUrl = chromium.waitFor("the calendar address",
				page -> page.findElement(By.id("feed-url")).getDomProperty("value"));
		chromium.screenshot("reminders-list-390x844");

		List<String> feed = fetch(feedUrl).lines().toList();
		assertThat(feed).contains("TZID:" + ZONE, "RRULE:FREQ=WEEKLY;BYDAY=MO,FR")
			.anySatisfy(line -> assertThat(line).startsWith("DTSTART;TZID=" + ZONE + ":").endsWith("T073000"));
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void theCalendarAddressIsCopiedWithOneButton() {
		chromium.signUp(base);
		chromium.devTools("Browser.grantPermissions",
				Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite"), "origin", base));
		driver().get(base + "/my/reminders");
		chromium.button("Make my calendar address").click();
		String feedUrl = chromium.waitFor("the calendar address",
				page -> page.findElement(By.id("feed-url")).getDomProperty("value"));

		chromium.button("Copy address").click();

		chromium.waitFor("the copied status",
				page -> page.findElement(By.cssSelector("[data-copy-status]")).getText().equals("Address copied."));
		assertThat(driver().executeAsyncScript(
				"navigator.clipboard.readText().then(arguments[0], error => arguments[0](String(error)))"))
			.isEqualTo(feedUrl);
	}

	@Test
	void withoutScriptsNoCopyButtonShowsThatCannotCopy() {
		chromium.signUp(base);
		driver().get(base + "/my/reminders");
		chromium.button("Make my calendar address").click();
		chromium.waitFor("the calendar address", page -> page.findElement(By.id("feed-url")).isDisplayed());
		chromium.devTools("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			driver().navigate().refresh();

			assertThat(driver().findElement(By.id("feed-url")).isDisplayed()).isTrue();
			assertThat(driver().findElement(By.cssSelector("button[data-copy]")).isDisplayed()).isFalse();
		}
		finally {
			chromium.devTools("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	@Test
	void theOneOffCalendarFileIsForTheDevicesTodayInItsZone() {
		LocalDate before = LocalDate.now(ZoneId.of(ZONE));
		driver().get(base + "/routines/desk-break");
		WebElement form = openFold("Add to your calendar once").findElement(By.tagName("form"));
		LocalDate after = LocalDate.now(ZoneId.of(ZONE));

		String date = form.findElement(By.name("date")).getDomProperty("value");
		assertThat(date).isIn(before.toString(), after.toString());
		assertThat(form.findElement(By.name("zone")).getDomProperty("value")).isEqualTo(ZONE);
		String file = (String) driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const form = arguments[0];
				fetch(form.action + '?' + new URLSearchParams(new FormData(form)))
					.then(answer => answer.text(), error => String(error))
					.then(done);
				""", form);

		assertThat(file.lines()).contains("TZID:" + ZONE,
				"DTSTART;TZID=" + ZONE + ":" + date.replace("-", "") + "T073000");
	}

}
