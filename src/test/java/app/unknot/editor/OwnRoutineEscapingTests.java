package app.unknot.editor;

import static app.unknot.editor.EditorForms.validForm;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import jakarta.persistence.EntityManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever a person types into their own routine is shown as text on every page that
 * shows it, in the player's data and in the PDF: markup in it never becomes markup of the
 * page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OwnRoutineEscapingTests {

	static final String OWNER = "typist@example.org";

	static final String TITLE = "<script>alert('x')</script> Evening";

	static final String SUMMARY = "<script>alert('summary')</script> & \"calm\"";

	static final String STEP_TITLE = "<script>alert('step')</script> Settle";

	static final String INSTRUCTIONS = "</script><script>alert('instructions')</script> Breathe <b>slowly</b>.";

	static final String BREATHING_CUE = "<img src=x onerror=alert('cue')> Long out-breaths";

	/** What a person typed, each as it must appear in an HTML page. */
	static final List<String> TYPED = List.of(TITLE, SUMMARY, STEP_TITLE, INSTRUCTIONS, BREATHING_CUE);

	private static final Pattern SAVED = Pattern.compile("/routines/([a-z0-9-]+)\\?saved");

	private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern QUESTION = Pattern.compile("name=\"answer-([a-z0-9-]+)\"");

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	private static final Pattern PLAYER_DATA = Pattern
		.compile("<script type=\"application/json\" id=\"session-data\">(.*?)</script>", Pattern.DOTALL);

	private final MockMvcTester mvc;

	private final AccountService accounts;

	private final EntityManager entityManager;

	private final JsonMapper json;

	private String slug;

	OwnRoutineEscapingTests(@Autowired MockMvcTester mvc, @Autowired AccountService accounts,
			@Autowired EntityManager entityManager, @Autowired JsonMapper json) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.entityManager = entityManager;
		this.json = json;
	}

	/** The owner types markup into every text field of a new routine and saves it. */
	@BeforeEach
	void saveARoutineFullOfMarkup() {
		accounts.create(OWNER, "correct horse battery", Role.USER);
		MultiValueMap<String, String> form = validForm(null, TITLE);
		form.set("summary", SUMMARY);
		form.set("steps[0].title", STEP_TITLE);
		form.set("steps[0].instructions", INSTRUCTIONS);
		form.set("steps[0].breathingCue", BREATHING_CUE);
		// A question before the session (hernia), so there is a check page to look at.
		form.set("cautions", "hernia");

		slug = save(form);
	}

	/** Saves a new routine of the owner's through the editor; its slug. */
	private String save(MultiValueMap<String, String> form) {
		MvcTestResult saved = mvc.post()
			.uri("/my/routines/new")
			.with(signedIn(OWNER))
			.with(csrf())
			.params(form)
			.exchange();

		assertThat(saved).hasStatus3xxRedirection();
		Matcher address = SAVED.matcher(saved.getResponse().getRedirectedUrl());
		assertThat(address.matches()).as(saved.getResponse().getRedirectedUrl()).isTrue();
		entityManager.flush();
		entityManager.clear();
		return address.group(1);
	}

	@Test
	void theRoutinePageShowsEverythingAsText() {
		String body = page("/routines/" + slug);

		assertShownAsText(body, TYPED);
		assertThat(body).contains("<title>" + escaped(TITLE) + " — Unknot</title>");
	}

	@Test
	void theOwnRoutinesListAndTheEditorShowItAsText() {
		assertShownAsText(page("/my/routines"), List.of(TITLE, SUMMARY));
		assertShownAsText(page("/my/routines/" + slug + "/edit"), TYPED);
		assertShownAsText(page("/my/routines/" + slug + "/delete"), List.of(TITLE));
		assertThat(mvc.post()
			.uri("/my/favourites/{slug}", slug)
			.with(signedIn(OWNER))
			.with(csrf())
			.param("favourite", "true")
			.param("returnTo", "/my/favourites")).hasRedirectedUrl("/my/favourites");
		assertShownAsText(page("/my/favourites"), List.of(TITLE, SUMMARY));
	}

	@Test
	void theRoutinesStructuredDataHoldsTheTextAsDataAndCannotEndItsScript() {
		String breakingOut = "</script><script>alert(1)</script>";
		MultiValueMap<String, String> form = validForm(null, breakingOut);
		form.set("summary", "<!-- " + SUMMARY);
		form.set("steps[0].title", STEP_TITLE);
		form.set("steps[0].instructions", INSTRUCTIONS);

		String body = page("/routines/" + save(form));

		assertShownAsText(body, List.of(breakingOut, STEP_TITLE, INSTRUCTIONS));
		// Every script element the page opens is closed by its own end tag, not by text.
		assertThat(SCRIPT_TAG.matcher(body).results().count())
			.isEqualTo(Pattern.compile("</script>").matcher(body).results().count());
		Matcher data = JSON_LD.matcher(body);
		assertThat(data.find()).isTrue();
		assertThat(data.group(1)).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e");
		Map<?, ?> howTo = json.readValue(data.group(1), Map.class);
		assertThat(howTo.get("name")).isEqualTo(breakingOut);
		assertThat(howTo.get("description")).isEqualTo("<!-- " + SUMMARY);
		Map<?, ?> step = (Map<?, ?>) ((List<?>) howTo.get("step")).get(0);
		assertThat(step.get("name")).isEqualTo(STEP_TITLE);
		assertThat(step.get("text")).isEqualTo(INSTRUCTIONS);
	}

	@Test
	void theSafetyCheckAndThePlayerShowItAsText() {
		MockHttpSession session = new MockHttpSession();
		String check = body(
				mvc.get().uri("/routines/{slug}/session", slug).with(signedIn(OWNER)).session(session).exchange());
		assertThat(check).contains("name=\"answer-hernia\"");
		assertShownAsText(check, List.of(TITLE));

		MockMvcTester.MockMvcRequestBuilder answers = mvc.post()
			.uri("/routines/{slug}/session", slug)
			.with(signedIn(OWNER))
			.with(csrf())
			.session(session);
		// Every question the check asks, answered no.
		QUESTION.matcher(check)
			.results()
			.map(match -> match.group(1))
			.distinct()
			.forEach(code -> answers.param("answer-" + code, "no"));
		assertThat(answers).hasRedirectedUrl("/routines/" + slug + "/session");
		MvcTestResult player = mvc.get()
			.uri("/routines/{slug}/session", slug)
			.with(signedIn(OWNER))
			.session(session)
			.exchange();

		assertThat(player).hasStatusOk();
		String body = body(player);
		assertThat(body).contains("id=\"session-data\"");
		// The steps listed for reading without the player (and the title) are text...
		assertShownAsText(body, List.of(TITLE, STEP_TITLE, INSTRUCTIONS));
		// ...and the player's data holds the text exactly, yet cannot end its script
		// element.
		Matcher data = PLAYER_DATA.matcher(body);
		assertThat(data.find()).isTrue();
		String jsonText = data.group(1);
		assertThat(jsonText).doesNotContain("<", ">").contains("\\u003cscript\\u003ealert('x')");
		Map<?, ?> parsed = json.readValue(jsonText, Map.class);
		assertThat(parsed.get("title")).isEqualTo(TITLE);
		Map<?, ?> step = (Map<?, ?>) ((List<?>) parsed.get("steps")).get(0);
		assertThat(step.get("title")).isEqualTo(STEP_TITLE);
		assertThat(step.get("instructions")).isEqualTo(INSTRUCTIONS);
		assertThat(step.get("breathingCue")).isEqualTo(BREATHING_CUE);
	}

	@Test
	void theSheetShowsItAsTextAndThePdfPrintsTheCharactersTyped() {
		assertShownAsText(page("/routines/" + slug + "/sheet"), TYPED);

		MvcTestResult pdf = mvc.get().uri("/routines/{slug}/sheet.pdf", slug).with(signedIn(OWNER)).exchange();

		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		byte[] bytes = pdf.getResponse().getContentAsByteArray();
		assertThat(Pdfs.text(bytes)).contains(TITLE, STEP_TITLE, INSTRUCTIONS, BREATHING_CUE)
			.contains("<script>alert('x')</script>");
		assertThat(Pdfs.title(bytes)).isEqualTo(TITLE + " — printable sheet — Unknot");
	}

	@Test
	void theProgressPageShowsTheRecordedTitleAsText() {
		MvcTestResult recorded = mvc.post()
			.uri("/my/history")
			.with(signedIn(OWNER))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(EditorForms.finishedSession(slug, 2)))
			.exchange();
		assertThat(recorded).hasStatus(HttpStatus.CREATED);

		String body = page("/my/history");

		assertShownAsText(body, List.of(TITLE));
		assertThat(body).contains("href=\"/routines/" + slug + "\"");
	}

	private String page(String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(signedIn(OWNER)).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return body(result);
	}

	/**
	 * The page holds each text escaped, none of the markup typed into it, and no script
	 * but the app's own files, the player's JSON data and a routine's JSON-LD.
	 */
	private static void assertShownAsText(String body, List<String> texts) {
		for (String text : texts) {
			assertThat(body).contains(escaped(text));
		}
		assertThat(body).doesNotContain("<script>alert", "<img src=x", "<b>slowly");
		Matcher scripts = SCRIPT_TAG.matcher(body);
		while (scripts.find()) {
			assertThat(scripts.group()).matches("<script (type=\"module\" )?src=\"/js/(v[0-9a-f]+/)?[^\"]+\"( defer)?>|"
					+ "<script type=\"application/json\" id=\"session-data\">|<script type=\"application/ld\\+json\">");
		}
	}

	/** The text as the templates write it into HTML, text and attributes alike. */
	private static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
