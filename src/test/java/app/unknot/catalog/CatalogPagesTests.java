package app.unknot.catalog;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/** The catalog pages over the real migrated catalog. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogPagesTests {

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	CatalogPagesTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	private String page(String uri, HttpStatus status, Object... uriVariables) {
		MvcTestResult result = mvc.get().uri(uri, uriVariables).exchange();
		assertThat(result).hasStatus(status);
		String body = body(result);
		assertInSiteLayout(body);
		assertRevealsNoInternals(body);
		return body;
	}

	private String ok(String uri) {
		return page(uri, HttpStatus.OK);
	}

	@Test
	void catalogListsEveryRoutineWithTimeDifficultyMusclesAndEquipment() {
		String body = ok("/routines");
		assertThat(body).contains("16 routines")
			.contains("Daily pelvic relaxation")
			.contains("Psoas release with a ball in sphinx position")
			.contains("badge-time")
			.contains("Gentle")
			// Area chips are plain text: the card's one link is its title's.
			.contains("<li class=\"chip\">Psoas</li>")
			.contains("Tennis or massage ball");
	}

	@Test
	void muscleFilterKeepsOnlyRoutinesThatWorkIt() {
		String body = ok("/routines?muscle=adductors");
		assertThat(body).contains("Inner-thigh massage, seated and lying").doesNotContain("Lower abdomen circles");
	}

	@Test
	void maxMinutesFilterKeepsShortRoutines() {
		String body = ok("/routines?maxMinutes=6");
		assertThat(body).contains("Desk break").contains("Thomas test").doesNotContain("Evening unwind with a bolster");
	}

	@Test
	void equipmentFilterKeepsRoutinesUsingIt() {
		String body = ok("/routines?equipment=foam-roller");
		assertThat(body).contains("1 routine<").contains("Foam roller release");
	}

	@Test
	void positionFilterKeepsRoutinesWithAStepInIt() {
		String body = ok("/routines?position=face-down-on-elbows");
		assertThat(body).contains("Psoas release with a ball in sphinx position").doesNotContain("Desk break");
	}

	@Test
	void difficultyFilterKeepsThatDifficulty() {
		String body = ok("/routines?difficulty=firm");
		assertThat(body).contains("Foam roller release").doesNotContain("Daily pelvic relaxation");
	}

	@Test
	void textSearchIgnoresCase() {
		assertThat(ok("/routines?q=TENNIS")).contains("Lower back release with a tennis ball")
			.doesNotContain("Desk break");
	}

	/**
	 * PostgreSQL refuses a NUL in any text it is given: the app leaves it out of every
	 * parameter.
	 */
	@Test
	void aNulCharacterInTheSearchIsLeftOut() {
		assertThat(page("/routines?q={q}", HttpStatus.OK, "TENNIS\u0000"))
			.contains("Lower back release with a tennis ball");
		assertThat(page("/routines?q={q}", HttpStatus.OK, "\u0000")).contains("16 routines");
	}

	@Test
	void filtersCombineAndStayInTheForm() {
		String body = ok("/routines?muscle=psoas&equipment=ball&maxMinutes=9");
		assertThat(body).contains("Psoas release with a ball in sphinx position")
			.doesNotContain("Foam roller release")
			.contains("<option value=\"psoas\" selected=\"selected\">")
			.contains("value=\"9\"")
			.contains("· 3 active");
	}

	@Test
	void eachActiveFilterLinksToTheCatalogWithoutIt() {
		String body = ok("/routines?muscle=psoas&equipment=ball&maxMinutes=9&q=sphinx&page=1");
		assertThat(body)
			.contains("href=\"/routines?maxMinutes=9&amp;equipment=ball&amp;q=sphinx\"",
					"href=\"/routines?muscle=psoas&amp;equipment=ball&amp;q=sphinx\"",
					"href=\"/routines?muscle=psoas&amp;maxMinutes=9&amp;q=sphinx\"",
					"href=\"/routines?muscle=psoas&amp;maxMinutes=9&amp;equipment=ball\"")
			.contains("<span>≤ 9 min</span>", "<span>“sphinx”</span>", "<span>Tennis or massage ball</span>");
	}

	@Test
	void anUnfilteredCatalogHasNoFilterChips() {
		assertThat(ok("/routines")).doesNotContain("active-filters", "Remove filter");
	}

	@Test
	void noMatchSaysSoAndOffersAReset() {
		String body = ok("/routines?maxMinutes=1");
		assertThat(body).contains("No routine matches these filters").contains("Clear filters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-5", "99999999999999999999" })
	void malformedMinutesAreIgnoredWithAVisibleNote(String minutes) {
		String body = ok("/routines?maxMinutes=" + minutes);
		assertThat(body).contains("Some filters were ignored")
			.contains("is not a number of minutes")
			.contains("16 routines");
	}

	@Test
	void unknownMuscleAndEquipmentAreIgnoredWithAVisibleNote() {
		String body = ok("/routines?muscle=spleen&equipment=kettlebell");
		assertThat(body).contains("There is no muscle group called “spleen”")
			.contains("“kettlebell” is not equipment we know")
			.contains("16 routines");
	}

	@Test
	void searchTextIsEscapedWhereverItIsShown() {
		String body = page("/routines?q={q}", HttpStatus.OK, "<script>alert(1)</script>");
		assertThat(body).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void unknownValuesAreEscapedInTheNote() {
		String body = page("/routines?muscle={m}", HttpStatus.OK, "<img src=x onerror=alert(1)>");
		assertThat(body).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void pageBeyondTheLastSaysSoAndLinksToTheFirst() {
		String body = ok("/routines?muscle=psoas&page=40");
		assertThat(body).contains("There is no page 40").contains("href=\"/routines?muscle=psoas\"");
	}

	@Test
	void routinePageShowsEverythingAboutTheRoutine() {
		String body = ok("/routines/psoas-ball-sphinx");
		assertThat(body).contains("<h1>Psoas release with a ball in sphinx position</h1>")
			.contains("Takes ")
			.contains("Before you start")
			.contains("href=\"/safety#hernia\"")
			.contains("Tennis or massage ball")
			.contains("Face down on your elbows")
			.contains("data-illustration=\"sphinx-ball-psoas\"")
			.contains("each side")
			.contains("href=\"/routines/psoas-ball-sphinx/session\"")
			.contains("is-highlighted");
	}

	@Test
	@Transactional
	void stepsShowTheirSafetyCueAndPressureOnTheZeroToTenScale() {
		jdbc.update(
				"""
						UPDATE step SET safety_cue = 'Test cue: keep <off> the bone.'
						WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation')""");

		String body = ok("/routines/daily-pelvic-relaxation");

		assertThat(body).containsOnlyOnce("Test cue")
			.contains("Take care:</strong> <span>Test cue: keep &lt;off&gt; the bone.</span>")
			.contains("<dd>Light — 1 to 3 out of 10: a comfortable touch</dd>")
			.doesNotContain("<dd>Light pressure</dd>");
	}

	@Test
	void repetitionStepsShowHoldRepsAndSets() {
		assertThat(ok("/routines/gentle-core-activation")).containsPattern("\\d+ s hold × \\d+, \\d+ sets");
	}

	@Test
	void untimedStepsSayWhenReady() {
		assertThat(ok("/routines/thomas-test-self-check")).contains("when ready");
	}

	@Test
	void unknownRoutineIsA404InTheSiteLayout() {
		String body = page("/routines/no-such-routine", HttpStatus.NOT_FOUND);
		assertThat(body).contains("Page not found").contains("There is no routine called “no-such-routine”");
	}

	@Test
	void scriptInAnUnknownSlugIsEscaped() {
		String body = page("/routines/{slug}", HttpStatus.NOT_FOUND, "<script>alert(1)");
		assertThat(body).doesNotContain("<script>alert(1)");
	}

	@Test
	void musclesPageShowsTheClickableBodyMapAndEveryGroup() {
		String body = ok("/muscles");
		assertThat(body).contains("Muscle groups")
			.contains("href=\"/muscles/psoas\"")
			.contains("href=\"/muscles/pelvic-floor\"")
			.contains("<svg")
			.contains("Front")
			.contains("Back");
	}

	@Test
	void musclePageExplainsTheGroupAndListsItsRoutines() {
		String body = ok("/muscles/adductors");
		assertThat(body).contains("Where it is")
			.contains("What it does")
			.contains("Signs of tension")
			.contains("Inner-thigh massage, seated and lying");
	}

	@Test
	void unknownMuscleIsA404() {
		assertThat(page("/muscles/spleen", HttpStatus.NOT_FOUND)).contains("There is no muscle group called “spleen”");
	}

	@Test
	void unmappedAddressIsA404InTheSiteLayout() {
		MvcTestResult result = mvc.get()
			.uri("/no/such/page")
			.accept(org.springframework.http.MediaType.TEXT_HTML)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
	}

}
