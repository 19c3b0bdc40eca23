package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import app.unknot.browser.Chromium;
import app.unknot.browser.SharedChromium;

/**
 * Every step of every catalog routine shows its drawing as a person sees it: there, with
 * a text alternative, drawn (not zero-sized or hidden), at least 120 px wide so it can be
 * read, and within its column, from a 320 px phone to a laptop.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IllustrationsBrowserTests {

	/** One line per step that fails, empty when all are well. */
	private static final String CHECK_STEPS = """
			const problems = [];
			const steps = document.querySelectorAll('ol.steps > li.step');
			if (steps.length === 0) problems.push('no steps');
			steps.forEach((step, i) => {
				const figure = step.querySelector('.illustration[role=img]');
				if (!figure) { problems.push(`step ${i + 1}: no illustration`); return; }
				const label = (figure.getAttribute('aria-label') || '').trim();
				if (label.length < 10) problems.push(`step ${i + 1}: text alternative "${label}"`);
				const svg = figure.querySelector('svg');
				const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
				const column = figure.parentElement.getBoundingClientRect();
				const item = step.getBoundingClientRect();
				if (getComputedStyle(figure).visibility !== 'visible' || getComputedStyle(figure).display === 'none')
					problems.push(`step ${i + 1}: hidden`);
				if (box.width < 120 || box.height < 80) problems.push(`step ${i + 1}: ${box.width}x${box.height} px`);
				if (box.width > column.width + 0.5 || box.left < item.left - 0.5 || box.right > item.right + 0.5)
					problems.push(`step ${i + 1}: ${box.width} px wide in a ${column.width} px column`);
			});
			return problems;
			""";

	private static final int[][] SIZES = { { 320, 568 }, { 390, 844 }, { 1280, 800 } };

	@RegisterExtension
	static final SharedChromium browser = new SharedChromium();

	private final Chromium chromium = browser.chromium();

	private final List<String> slugs;

	IllustrationsBrowserTests(@Autowired JdbcTemplate jdbc) {
		this.slugs = jdbc.queryForList("SELECT slug FROM routine WHERE owner_id IS NULL ORDER BY slug", String.class);
	}

	@Test
	void everyStepOfEveryCatalogRoutineShowsALegibleDescribedIllustration() {
		assertThat(slugs).hasSizeGreaterThanOrEqualTo(16);
		for (int[] size : SIZES) {
			chromium.resize(size[0], size[1]);
			for (String slug : slugs) {
				chromium.driver().get(browser.base() + "/routines/" + slug);
				@SuppressWarnings("unchecked")
				List<String> problems = (List<String>) ((JavascriptExecutor) chromium.driver())
					.executeScript(CHECK_STEPS);
				assertThat(problems).as("%s at %d px", slug, size[0]).isEmpty();
			}
		}
	}

	/** The home page leads with a picture and the one first action. */
	@Test
	void theHomePageLeadsWithACoverAndAFiveMinuteStart() {
		for (int[] size : SIZES) {
			chromium.resize(size[0], size[1]);
			chromium.driver().get(browser.base() + "/");
			@SuppressWarnings("unchecked")
			Map<String, Object> hero = (Map<String, Object>) ((JavascriptExecutor) chromium.driver()).executeScript("""
					const figure = document.querySelector('.hero .illustration[role=img]').getBoundingClientRect();
					const start = [...document.querySelectorAll('.hero a.button-primary')];
					const first = start[0].getBoundingClientRect();
					return { figureWidth: figure.width, figureTop: figure.top, primaries: start.length,
						href: start[0].getAttribute('href'), text: start[0].textContent.trim(),
						startBottom: first.bottom, viewport: innerHeight };
					""");
			assertThat(((Number) hero.get("figureWidth")).doubleValue()).as("cover width at %d", size[0])
				.isGreaterThanOrEqualTo(120);
			assertThat(((Number) hero.get("primaries")).intValue()).isEqualTo(1);
			assertThat(hero.get("text")).isEqualTo("Start a 5-minute routine");
			assertThat((String) hero.get("href")).endsWith("/session?minutes=5");
			assertThat(((Number) hero.get("startBottom")).doubleValue())
				.as("start button on the first screen at %d", size[0])
				.isLessThanOrEqualTo(((Number) hero.get("viewport")).doubleValue());
			chromium.screenshot("home-" + size[0]);
		}
	}

}
