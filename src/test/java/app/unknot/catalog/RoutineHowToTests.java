package app.unknot.catalog;

import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Each routine page carries its routine as schema.org HowTo JSON-LD: what a search engine
 * reads is the routine the page shows, step by step, with its length and equipment.
 */
@SpringBootTest(properties = "unknot.public-base-url=https://unknot.example")
@AutoConfigureMockMvc
@Transactional
class RoutineHowToTests {

	static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final RoutineCatalog catalog;

	private final JsonMapper json;

	RoutineHowToTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc, @Autowired RoutineCatalog catalog,
			@Autowired JsonMapper json) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.json = json;
	}

	@Test
	void everyCatalogRoutineIsAHowToWithItsStepsInOrderAndItsLength() {
		List<String> slugs = jdbc.queryForList("select slug from routine where owner_id is null", String.class);
		assertThat(slugs).hasSizeGreaterThan(5);
		for (String slug : slugs) {
			Routine routine = catalog.getRoutine(slug, null);
			String page = page("/routines/" + slug);
			Map<?, ?> howTo = howTo(page);

			assertThat(howTo.get("@context")).as(slug).isEqualTo("https://schema.org");
			assertThat(howTo.get("@type")).as(slug).isEqualTo("HowTo");
			assertThat(howTo.get("name")).as(slug).isEqualTo(routine.getTitle());
			assertThat(howTo.get("description")).as(slug).isEqualTo(routine.getSummary());
			assertThat(howTo.get("url")).as(slug).isEqualTo("https://unknot.example/routines/" + slug);
			assertThat(Duration.parse((String) howTo.get("totalTime"))).as(slug)
				.isEqualTo(Duration.ofSeconds(routine.getTotalSeconds()));
			List<Map<?, ?>> steps = list(howTo.get("step"));
			assertThat(steps).as(slug).hasSameSizeAs(routine.getSteps());
			for (int i = 0; i < steps.size(); i++) {
				Step step = routine.getSteps().get(i);
				Map<?, ?> written = steps.get(i);
				assertThat(written.get("@type")).isEqualTo("HowToStep");
				assertThat(written.get("position")).as(slug).isEqualTo(i + 1);
				assertThat(written.get("name")).as(slug).isEqualTo(step.getTitle());
				assertThat(written.get("text")).as(slug).isEqualTo(step.getInstructions());
				assertThat(written.get("url")).as(slug)
					.isEqualTo("https://unknot.example/routines/" + slug + "#step-" + (i + 1));
				// The anchor leads to that step on the page.
				assertThat(page).as(slug).contains("<li class=\"step\" id=\"step-" + (i + 1) + "\">");
			}
		}
	}

	@Test
	void theEquipmentIsListedAsToolsByName() {
		Map<?, ?> howTo = howTo(page("/routines/psoas-ball-lying-on-back"));

		assertThat(list(howTo.get("tool"))).extracting(tool -> (Object) tool.get("@type")).containsOnly("HowToTool");
		assertThat(list(howTo.get("tool"))).extracting(tool -> (Object) tool.get("name"))
			.contains("Tennis or massage ball");
	}

	private String page(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return body(result);
	}

	private Map<?, ?> howTo(String page) {
		Matcher block = JSON_LD.matcher(page);
		assertThat(block.find()).as("a JSON-LD block").isTrue();
		Map<?, ?> howTo = json.readValue(block.group(1), Map.class);
		assertThat(block.find()).as("one JSON-LD block").isFalse();
		return howTo;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<?, ?>> list(Object value) {
		return (List<Map<?, ?>>) value;
	}

}
