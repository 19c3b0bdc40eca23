package app.unknot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.unknot.browser.Chromium;

/**
 * The Swagger UI page, served by the app, in a real Chromium under the site's
 * Content-Security-Policy: it shows the API's description and every operation, tries one
 * out against the running app, and nothing on it is refused by the policy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiDocsBrowserTests {

	/** Runs in the page before its own scripts and keeps each violation it causes. */
	private static final String RECORD_VIOLATIONS = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', event => window.cspViolations.push(
				event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ': ' + (event.sample || '')));
			""";

	@LocalServerPort
	private int port;

	@Test
	@SuppressWarnings("unchecked")
	void theSwaggerUiShowsEveryOperationAndTriesOneOutUnderThePolicy() {
		try (Chromium chromium = Chromium.open(1280, 900)) {
			chromium.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
			chromium.driver().get("http://localhost:" + port + "/swagger-ui.html");

			chromium.waitFor("the operations", driver -> driver.findElements(By.cssSelector(".opblock")).size() == 10);
			assertThat(chromium.driver().findElement(By.cssSelector(".info .title")).getText()).contains("Unknot API");
			assertThat(chromium.driver().findElement(By.cssSelector(".info .description")).getText())
				.contains("Signing in", "problem details");
			chromium.screenshot("swagger-ui");

			chromium.driver()
				.findElement(By.cssSelector("#operations-Catalog-muscleGroups .opblock-summary-control"))
				.click();
			chromium.button("Try it out").click();
			chromium.button("Execute").click();
			chromium.waitFor("the answer",
					driver -> driver.findElements(By.cssSelector(".live-responses-table .response-col_status"))
						.stream()
						.anyMatch(status -> status.getText().contains("200")));
			assertThat(chromium.driver().findElement(By.cssSelector(".live-responses-table .microlight")).getText())
				.contains("\"slug\": \"psoas\"");
			chromium.screenshot("swagger-ui-tried");

			assertThat((List<String>) chromium.driver().executeScript("return window.cspViolations;"))
				.as("refused by the Content-Security-Policy")
				.isEmpty();
			assertThat(chromium.consoleErrors()).as("console errors").isEmpty();
		}
	}

}
