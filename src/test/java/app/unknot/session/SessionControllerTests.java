package app.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The session page and its safety check, over HTTP, with the test routines of
 * db/testdata.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
class SessionControllerTests {

	private static final String SHORT = "/routines/test-short/session";

	private static final Pattern PLAYER_DATA = Pattern
		.compile("<script type=\"application/json\" id=\"session-data\">(.*?)</script>", Pattern.DOTALL);

	private final MockMvcTester mvc;

	private final JsonMapper json;

	SessionControllerTests(@Autowired MockMvcTester mvc, @Autowired JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	/** The JSON block the player script reads. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> playerData(MvcTestResult page, JsonMapper json) throws Exception {
		Matcher block = PLAYER_DATA.matcher(page.getResponse().getContentAsString());
		assertThat(block.find()).as("the player's data block").isTrue();
		return json.readValue(block.group(1), Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> step(Map<String, Object> data, int index) {
		return ((List<Map<String, Object>>) data.get("steps")).get(index);
	}

	@Test
	void routineWithoutQuestionsGoesStraightToThePlayer() {
		MvcTestResult result = mvc.get().uri("/routines/test-open/session").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"player\"", "id=\"session-data\"", "/session/player.js", "Test open routine")
			// Steps with their timing, for following without JavaScript.
			.contains("One side then the other", "0:03", "each side", "0:02")
			// 8 s of steps; get ready 5 s, one change of position 5 s, one side switch 5
			// s.
			.contains("0:08 of steps, plus 0:15")
			.contains("class=\"illustration step-illustration\"")
			.doesNotContain("check-form");
	}

	@Test
	@SuppressWarnings("unchecked")
	void thePlayerGetsEachStepsSafetyCueFirstSentenceAndPressureInWords() throws Exception {
		MvcTestResult page = mvc.get().uri("/routines/test-cues/session").exchange();
		assertThat(page).hasStatusOk();
		Map<String, Object> data = playerData(page, json);

		assertThat(step(data, 0)).containsEntry("title", "Find the spot")
			.containsEntry("safetyCue", "If you feel a pulse, move your fingers further out.")
			.containsEntry("shortInstruction", "Lie on your back with your knees bent.")
			.containsEntry("pressure", "Light — 1 to 3 out of 10: a comfortable touch")
			.containsEntry("sideLying", false);
		assertThat(step(data, 1)).containsEntry("safetyCue", null)
			.containsEntry("pressure",
					"Moderate — 4 to 5 out of 10: a clear, welcome ache that eases as you breathe out")
			.containsEntry("eachSide", true)
			.containsEntry("sideBlock", true)
			.containsEntry("sideLying", true);
		assertThat(step(data, 2)).containsEntry("safetyCue", "Stay off the bone at the front of the hip.")
			.containsEntry("shortInstruction", "Circle slowly around the hip.");
		assertThat(data.get("options"))
			.isEqualTo(Map.of("readySeconds", 5, "transitionSeconds", 5, "switchSeconds", 5, "turnoverSeconds", 15));
		assertThat((Map<String, Object>) data.get("messages"))
			.containsEntry("phase.turnover", "Turn over onto your other side")
			.containsEntry("phase.sideLying.left", "Lying on your right side · left side up")
			.containsEntry("speak.stepSafety", "{0}. {1} Take care: {2}");
	}

	@Test
	void aSideBlockTurnsOverOnceInsteadOfSwitchingAtEachStepAndTheStepListShowsTheCues() {
		MvcTestResult page = mvc.get().uri("/routines/test-cues/session").exchange();

		// 3 s, then 2 s and 2 s on each side: 11 s of steps. Get ready 5 s, three changes
		// of
		// position (before each step on the first side, before the second step on the
		// second)
		// 15 s, and one 15 s turn-over instead of two 5 s switches.
		assertThat(page).bodyText()
			.contains("0:11 of steps, plus 0:35")
			.contains("Take care:", "If you feel a pulse, move your fingers further out.",
					"Stay off the bone at the front of the hip.")
			.contains("Light — 1 to 3 out of 10: a comfortable touch");
	}

	@Test
	void questionsComeFirstAndThePlayerIsNotShown() {
		MvcTestResult result = mvc.get().uri(SHORT).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Test: is the area sore to the touch today?", "Test: do you often feel dizzy when you get up?")
			.contains("name=\"answer-test-sore-today\"", "value=\"yes\"", "value=\"no\"")
			// A caution that applies during the session is not a question.
			.doesNotContain("answer-test-during")
			.doesNotContain("id=\"player\"", "session-data");
	}

	@Test
	void allNoStartsTheSessionAndIsRememberedForTheBrowserSession() {
		MockHttpSession session = new MockHttpSession();

		MvcTestResult answered = mvc.post()
			.uri(SHORT)
			.with(csrf())
			.session(session)
			.param("answer-test-sore-today", "no")
			.param("answer-test-dizzy", "no")
			.exchange();
		assertThat(answered).hasStatus3xxRedirection().redirectedUrl().isEqualTo(SHORT);

		MvcTestResult player = mvc.get().uri(SHORT).session(session).exchange();
		assertThat(player).hasStatusOk();
		assertThat(player).bodyText().contains("id=\"player\"").doesNotContain("check-form");

		// Another browser session is asked again.
		assertThat(mvc.get().uri(SHORT).session(new MockHttpSession()).exchange()).bodyText()
			.contains("check-form")
			.doesNotContain("id=\"player\"");
	}

	@Test
	void anyYesExplainsWhyAndWhatToDoInsteadAndDoesNotStart() {
		MockHttpSession session = new MockHttpSession();

		MvcTestResult answered = mvc.post()
			.uri(SHORT)
			.with(csrf())
			.session(session)
			.param("minutes", "5")
			.param("answer-test-sore-today", "yes")
			.param("answer-test-dizzy", "no")
			.exchange();
		assertThat(answered).hasStatus3xxRedirection().redirectedUrl().isEqualTo(SHORT + "?minutes=5");

		MvcTestResult blocked = mvc.get().uri(SHORT + "?minutes=5").session(session).exchange();
		assertThat(blocked).hasStatusOk();
		assertThat(blocked).bodyText()
			.contains("Please do not start this routine today")
			.contains("Test explanation: pressing on a sore area can make it worse.")
			.contains("Test advice: rest today and try a breathing routine instead.")
			.contains("href=\"/safety\"")
			// Only the "yes" is explained.
			.doesNotContain("Test advice: ask a doctor first.")
			.doesNotContain("id=\"player\"", "session-data");
		// The answers are kept, so the form comes back filled in to change them.
		assertThat(blocked).bodyText().containsPattern("value=\"yes\"[^>]*checked");
	}

	@Test
	void changingAYesToNoStartsTheSession() {
		MockHttpSession session = new MockHttpSession();
		mvc.post()
			.uri(SHORT)
			.with(csrf())
			.session(session)
			.param("answer-test-sore-today", "yes")
			.param("answer-test-dizzy", "yes")
			.exchange();
		mvc.post()
			.uri(SHORT)
			.with(csrf())
			.session(session)
			.param("answer-test-sore-today", "no")
			.param("answer-test-dizzy", "no")
			.exchange();

		assertThat(mvc.get().uri(SHORT).session(session).exchange()).bodyText().contains("id=\"player\"");
	}

	@Test
	void aMissingAnswerShowsTheFormAgainWithA400() {
		MvcTestResult result = mvc.post().uri(SHORT).with(csrf()).param("answer-test-sore-today", "no").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText()
			.contains("Please answer every question before you start.")
			.contains("answer-test-dizzy-error")
			.containsPattern("value=\"no\"[^>]*checked");
	}

	@ParameterizedTest
	@ValueSource(strings = { "maybe", "YES", "", "<script>" })
	void anAnswerThatIsNotYesOrNoIsA400Page(String value) {
		MvcTestResult result = mvc.post()
			.uri(SHORT)
			.with(csrf())
			.param("answer-test-sore-today", value)
			.param("answer-test-dizzy", "no")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText().contains("That session cannot start", "site-header").doesNotContain("<script>\"");
	}

	@Test
	void twoAnswersToOneQuestionAreA400() {
		MvcTestResult result = mvc.post()
			.uri(SHORT)
			.with(csrf())
			.param("answer-test-sore-today", "no", "yes")
			.param("answer-test-dizzy", "no")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "0", "-5", "99999999999999999999", "121", "1.5", "10;DROP", "%00" })
	void badMinutesGiveA400PageInTheSiteLayout(String minutes) {
		MvcTestResult result = mvc.get().uri("/routines/test-open/session?minutes={m}", minutes).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText()
			.contains("That session cannot start", "a whole number of minutes from 1 to 120")
			.contains("site-header", "href=\"/routines/test-open/session\"");
	}

	@Test
	void badMinutesInTheFormAreA400Too() {
		MvcTestResult result = mvc.post()
			.uri(SHORT)
			.with(csrf())
			.param("minutes", "0")
			.param("answer-test-sore-today", "no")
			.param("answer-test-dizzy", "no")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText().contains("a whole number of minutes from 1 to 120");
	}

	@Test
	void minutesScaleTheSessionAndThePageSaysHowLongItTakes() {
		MvcTestResult result = mvc.get().uri("/routines/test-escaping/session?minutes=2").exchange();

		assertThat(result).hasStatusOk();
		// One 30 s step stretched to 2 min: 2:00 of steps plus 5 s to get ready.
		assertThat(result).bodyText()
			.contains("2:00 of steps, plus 0:05")
			.contains("Shortened or lengthened to about 2 min")
			.contains("\"durationSeconds\":120")
			.contains("\"storageKey\":\"unknot.session.test-escaping.2\"");
	}

	@Test
	void unknownRoutinesAreA404Page() {
		assertThat(mvc.get().uri("/routines/no-such-routine/session").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/routines/no-such-routine/session?minutes=5").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/routines/no-such-routine/session").with(csrf()).param("answer-x", "no").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void scriptTagsInRoutineTextAreNeverUnescaped() {
		MvcTestResult result = mvc.get().uri("/routines/test-escaping/session").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.doesNotContain("<script>alert", "</script><script>", "<img src=x", "<b>tags</b>")
			.contains("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; Co")
			// In the JSON block for the player, as JSON escapes.
			.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(\\\"step\\\")");
	}

}
