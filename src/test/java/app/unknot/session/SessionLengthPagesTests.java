package app.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
 * Choosing how long a session takes, on the routine page and the safety check, over HTTP.
 * Uses a catalog routine of 10:45 (long enough to offer 5 min) and test-short for the
 * clearance form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/testdata")
class SessionLengthPagesTests {

	private static final String ROUTINE = "/routines/psoas-ball-lying-on-back";

	private static final String SESSION = ROUTINE + "/session";

	private static final String SHORT = "/routines/test-short/session";

	private static final Pattern QUESTION = Pattern.compile("name=\"(answer-[a-z0-9-]+)\"");

	/** A length link, with its text, however Thymeleaf lays out its attributes. */
	private static final Pattern OPTION = Pattern
		.compile("<a class=\"length-option\" href=\"([^\"]*)\"\\s*(aria-current=\"true\")?>([^<]*)</a>");

	private final MockMvcTester mvc;

	private final JsonMapper json;

	SessionLengthPagesTests(@Autowired MockMvcTester mvc, @Autowired JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	private static String body(MvcTestResult page) throws Exception {
		return page.getResponse().getContentAsString();
	}

	/** The length links as "text -> address", the current one starred. */
	private static Set<String> options(MvcTestResult page) throws Exception {
		Set<String> options = new LinkedHashSet<>();
		Matcher option = OPTION.matcher(body(page));
		while (option.find()) {
			options.add(option.group(3) + (option.group(2) != null ? "*" : "") + " -> " + option.group(1));
		}
		return options;
	}

	@Test
	void theRoutinePageOffersShorterLengthsAndFullWithFullMarked() throws Exception {
		MvcTestResult page = mvc.get().uri(ROUTINE).exchange();

		assertThat(page).hasStatusOk();
		assertThat(options(page)).containsExactly("5 min -> " + ROUTINE + "?minutes=5", "Full (11 min)* -> " + ROUTINE);
		assertThat(body(page)).contains("Session length", "href=\"" + SESSION + "\"");
	}

	@Test
	void aLengthChosenOnTheRoutinePageIsMarkedAndGoesWithStartSession() throws Exception {
		MvcTestResult five = mvc.get().uri(ROUTINE + "?minutes=5").exchange();
		assertThat(options(five)).containsExactly("5 min* -> " + ROUTINE + "?minutes=5", "Full (11 min) -> " + ROUTINE);
		assertThat(body(five)).contains("href=\"" + SESSION + "?minutes=5\"");

		// A length from an address that is not offered is listed, in its place, and
		// marked.
		MvcTestResult ten = mvc.get().uri(ROUTINE + "?minutes=10").exchange();
		assertThat(options(ten)).containsExactly("5 min -> " + ROUTINE + "?minutes=5",
				"10 min* -> " + ROUTINE + "?minutes=10", "Full (11 min) -> " + ROUTINE);
		assertThat(body(ten)).contains("href=\"" + SESSION + "?minutes=10\"");
	}

	@Test
	void aRoutineTooShortToShortenOffersNoChoice() throws Exception {
		MvcTestResult page = mvc.get().uri("/routines/test-short").exchange();

		assertThat(page).hasStatusOk();
		assertThat(body(page)).doesNotContain("length-choice", "Session length");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-1", "0", "99999", "1e9", "5.5", "" + Long.MAX_VALUE })
	void badLengthsOnTheRoutinePageGiveTheSessionsA400PageInTheSiteLayout(String minutes) throws Exception {
		MvcTestResult page = mvc.get().uri(ROUTINE + "?minutes={m}", minutes).exchange();

		assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(page)).contains("site-header", "That session cannot start",
				"a whole number of minutes from 1 to 120", "href=\"" + SESSION + "\"");
	}

	@Test
	void anUnknownRoutineIsStillA404WhateverTheLength() {
		assertThat(mvc.get().uri("/routines/no-such-routine?minutes=abc").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theSafetyCheckOffersTheLengthsAndKeepsTheChosenOneThroughItsFormToThePlayer() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcTestResult check = mvc.get().uri(SESSION + "?minutes=5").session(session).exchange();

		assertThat(check).hasStatusOk();
		assertThat(options(check)).containsExactly("5 min* -> " + SESSION + "?minutes=5",
				"Full (11 min) -> " + SESSION);
		assertThat(body(check)).contains("check-form", "name=\"minutes\" value=\"5\"");

		MockMvcTester.MockMvcRequestBuilder answers = mvc.post()
			.uri(SESSION)
			.with(csrf())
			.session(session)
			.param("minutes", "5");
		Set<String> questions = new LinkedHashSet<>();
		Matcher question = QUESTION.matcher(body(check));
		while (question.find()) {
			questions.add(question.group(1));
		}
		assertThat(questions).isNotEmpty();
		questions.forEach(name -> answers.param(name, "no"));
		MvcTestResult answered = answers.exchange();
		assertThat(answered).hasStatus3xxRedirection().redirectedUrl().isEqualTo(SESSION + "?minutes=5");

		MvcTestResult player = mvc.get().uri(SESSION + "?minutes=5").session(session).exchange();
		assertThat(player).bodyText().contains("id=\"player\"");
		assertThat(playerData(player)).containsEntry("minutes", 5).containsEntry("fullMinutes", 11);
		assertThat(player).bodyText()
			.as("the focus view's top line names the chosen length")
			.contains("<span class=\"player-length\">· 5 min</span>");
	}

	@Test
	void thePlayerDataSaysWhenTheRoutineRunsAsWritten() throws Exception {
		MvcTestResult player = mvc.get().uri("/routines/test-open/session").exchange();

		assertThat(playerData(player)).containsEntry("minutes", null).containsEntry("fullMinutes", 1);
	}

	@Test
	void theClearanceFormKeepsTheChosenLength() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.post()
			.uri(SHORT)
			.with(csrf())
			.session(session)
			.param("minutes", "3")
			.param("answer-test-sore-today", "no")
			.param("answer-test-dizzy", "yes")
			.exchange();

		MvcTestResult ask = mvc.get().uri(SHORT + "?minutes=3").session(session).exchange();
		assertThat(ask).bodyText()
			.containsPattern("(?s)class=\"check-clearance\".*?name=\"minutes\" value=\"3\".*?</form>");

		MvcTestResult cleared = mvc.post()
			.uri(SHORT + "/clearance")
			.with(csrf())
			.session(session)
			.param("minutes", "3")
			.param("cleared", "test-dizzy")
			.exchange();
		assertThat(cleared).hasStatus3xxRedirection().redirectedUrl().isEqualTo(SHORT + "?minutes=3");
		assertThat(playerData(mvc.get().uri(SHORT + "?minutes=3").session(session).exchange())).containsEntry("minutes",
				3);
	}

	private Map<String, Object> playerData(MvcTestResult page) throws Exception {
		return SessionControllerTests.playerData(page, json);
	}

}
