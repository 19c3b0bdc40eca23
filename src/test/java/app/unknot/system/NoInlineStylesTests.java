package app.unknot.system;

import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.account.AccountService;
import app.unknot.account.Role;

/**
 * The Content-Security-Policy takes styles from the site's own stylesheets only, without
 * {@code 'unsafe-inline'}: so no page may carry a style attribute or a {@code <style>}
 * element, which browsers would ignore and so show the page unstyled in part.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class NoInlineStylesTests {

	private static final Pattern INLINE_STYLE = Pattern.compile("(?i)<style[\\s>/]|\\sstyle\\s*=");

	private static final Pattern SAFETY_QUESTION = Pattern.compile("name=\"(answer-[^\"]+)\"");

	private static final String ROUTINE = "daily-pelvic-relaxation";

	private final MockMvcTester mvc;

	private final AccountService accounts;

	NoInlineStylesTests(@Autowired MockMvcTester mvc, @Autowired AccountService accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	@Test
	void noPageCarriesAnInlineStyleAndThePolicyAllowsNone() {
		accounts.create("styled@example.org", "correct horse battery", Role.USER);
		accounts.create("styling-admin@example.org", "correct horse battery", Role.ADMIN);
		recordASession("styled@example.org");

		Map<String, MvcTestResult> pages = new LinkedHashMap<>();
		for (String uri : new String[] { "/", "/routines", "/routines/" + ROUTINE, "/muscles", "/muscles/psoas",
				"/routines/" + ROUTINE + "/session", "/routines/" + ROUTINE + "/sheet", "/safety", "/login", "/signup",
				"/routines/no-such-routine" }) {
			pages.put(uri, mvc.get().uri(uri).exchange());
		}
		pages.put("the player", player());
		for (String uri : new String[] { "/my/account", "/my/history", "/my/favourites", "/my/safety",
				"/my/routines" }) {
			pages.put(uri, mvc.get().uri(uri).with(signedIn("styled@example.org")).exchange());
		}
		for (String uri : new String[] { "/admin/routines", "/admin/routines/" + ROUTINE + "/edit",
				"/admin/routines/new", "/admin/routines/" + ROUTINE + "/delete" }) {
			pages.put(uri, mvc.get().uri(uri).with(signedIn("styling-admin@example.org")).exchange());
		}

		SoftAssertions softly = new SoftAssertions();
		pages.forEach((page, result) -> {
			softly.assertThat(result.getResponse().getStatus()).as("status of %s", page).isIn(200, 404);
			softly.assertThat(result.getResponse().getContentType()).as("type of %s", page).startsWith("text/html");
			softly.assertThat(result.getResponse().getHeader("Content-Security-Policy"))
				.as("policy of %s", page)
				.contains("style-src 'self';")
				.doesNotContain("unsafe-inline");
			softly.assertThat(body(result)).as("inline style in %s", page).doesNotContainPattern(INLINE_STYLE);
		});
		softly.assertThat(body(pages.get("the player"))).as("the player").contains("id=\"player\"");
		softly.assertThat(body(pages.get("/my/history"))).as("the weekly bars").contains("class=\"week-bar\"");
		softly.assertAll();
	}

	/**
	 * Answers "no" to every safety question, and gets the player the check then leads to.
	 */
	private MvcTestResult player() {
		MockHttpSession session = new MockHttpSession();
		String check = body(mvc.get().uri("/routines/{slug}/session", ROUTINE).session(session).exchange());
		var answers = mvc.post().uri("/routines/{slug}/session", ROUTINE).session(session).with(csrf());
		for (String question : SAFETY_QUESTION.matcher(check)
			.results()
			.map(found -> found.group(1))
			.distinct()
			.toList()) {
			answers = answers.param(question, "no");
		}
		assertThat(answers.exchange()).hasStatus3xxRedirection();
		return mvc.get().uri("/routines/{slug}/session", ROUTINE).session(session).exchange();
	}

	private void recordASession(String email) {
		String report = """
				{"runId": "5d0c3f1e-8a3b-4e4f-9a51-2b6f0f1e9c11", "routine": "%s", "minutes": null,
				 "startedAt": "%s", "timeZone": "UTC", "secondsDone": 540, "outcome": "COMPLETED",
				 "stepsCompleted": 6, "stepsSkipped": 0, "tensionBefore": 6, "tensionAfter": 3}""".formatted(ROUTINE,
				Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS));
		assertThat(mvc.post()
			.uri("/my/history")
			.with(signedIn(email))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(report)
			.exchange()).hasStatus(201);
	}

}
