package app.unknot.editor;

import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import jakarta.persistence.EntityManager;

/**
 * The editor edits the Spanish beside the English: of the catalog for administrators, and
 * optionally of people's own routines, which otherwise show their English to everybody.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SpanishEditorTests {

	private static final String ADMIN = "admin-spanish@example.org";

	private static final String PERSON = "person-spanish@example.org";

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final EntityManager entityManager;

	SpanishEditorTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc, @Autowired AccountService accounts,
			@Autowired EntityManager entityManager) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.entityManager = entityManager;
	}

	@BeforeEach
	void createAccounts() {
		accounts.create(ADMIN, "correct horse battery", Role.ADMIN);
		accounts.create(PERSON, "correct horse battery", Role.USER);
	}

	private MvcTestResult post(String uri, MultiValueMap<String, String> form, String email) {
		MvcTestResult result = mvc.post().uri(uri).with(csrf()).with(signedIn(email)).params(form).exchange();
		entityManager.flush();
		entityManager.clear();
		return result;
	}

	private String page(String uri, String language) {
		MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	private Map<String, Object> routineRow(String slug) {
		return jdbc.queryForMap("SELECT * FROM routine WHERE slug = ?", slug);
	}

	@Test
	void theCatalogEditorShowsTheSpanishNextToTheEnglish() {
		String editor = body(mvc.get().uri("/admin/routines/desk-break/edit").with(signedIn(ADMIN)).exchange());
		assertThat(editor).contains("<label for=\"titleEs\">Title in Spanish</label>")
			.containsPattern("id=\"titleEs\"[^>]*lang=\"es\"")
			.contains("value=\"Pausa en el escritorio para caderas y espalda\"")
			.contains("<label for=\"s0-instructionsEs\">What to do, in Spanish</label>")
			// A textarea's text comes with accented letters as entities.
			.contains(HtmlUtils.htmlEscape("Siéntate cerca del borde de la silla"))
			.contains("value=\"" + HtmlUtils.htmlEscape("Quédate junto a la columna, nunca encima.") + "\"");
	}

	@Test
	void anAdminsSaveOfTheSpanishIsStoredAndShownToSpanishReaders() {
		int version = (Integer) routineRow("desk-break").get("VERSION");
		MultiValueMap<String, String> form = EditorTests.validForm();
		form.set("version", Integer.toString(version));
		form.set("title", "Desk break, revised");
		form.set("titleEs", "  Pausa en el escritorio, revisada ");
		form.set("summaryEs", "Una pausa tranquila.");
		form.set("steps[0].titleEs", "Acomódate");
		form.set("steps[0].instructionsEs", "Túmbate y respira despacio.");
		form.set("steps[1].titleEs", "Bolas junto a la cadera");
		form.set("steps[1].instructionsEs", "Apoya la pelota junto al hueso de la cadera.");
		form.set("steps[1].safetyCueEs", "Si notas un pulso, desplaza la pelota más hacia fuera.");
		assertThat(post("/admin/routines/desk-break/edit", form, ADMIN)).hasRedirectedUrl("/routines/desk-break?saved");

		assertThat(routineRow("desk-break")).containsEntry("TITLE", "Desk break, revised")
			.containsEntry("TITLE_ES", "Pausa en el escritorio, revisada")
			.containsEntry("BENEFITS_ES", null);
		assertThat(page("/routines/desk-break", "es"))
			.contains("Pausa en el escritorio, revisada", "Una pausa tranquila.", "Acomódate",
					"Túmbate y respira despacio.", "Bolas junto a la cadera",
					"Si notas un pulso, desplaza la pelota más hacia fuera.")
			.doesNotContain("Ball holds");
		assertThat(page("/routines/desk-break", "en")).contains("Desk break, revised", "Settle")
			.doesNotContain("Pausa en el escritorio");
		String editor = body(mvc.get().uri("/admin/routines/desk-break/edit").with(signedIn(ADMIN)).exchange());
		assertThat(editor).contains("value=\"Pausa en el escritorio, revisada\"",
				HtmlUtils.htmlEscape("Túmbate y respira despacio."));
	}

	@Test
	void aNewCatalogRoutineWithoutItsSpanishIsNotSavedAndKeepsWhatWasTyped() {
		MultiValueMap<String, String> form = EditorTests.validForm();
		form.set("titleEs", "Psoas de noche");
		form.set("steps[0].titleEs", "Acomódate");
		form.set("steps[0].breathingCue", "Long out-breaths");

		MvcTestResult refused = post("/admin/routines/new", form, ADMIN);

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		String page = body(refused);
		// Every text written in English and not in Spanish is marked, and only those.
		for (String field : List.of("summaryEs", "s0-instructionsEs", "s0-breathingCueEs", "s1-titleEs",
				"s1-instructionsEs")) {
			assertThat(page).as(field)
				.contains("<p class=\"field-message\" id=\"" + field
						+ "-error\">Write this in Spanish too: catalog routines are read in both languages.</p>");
		}
		assertThat(page)
			.doesNotContain("id=\"titleEs-error\"", "id=\"s0-titleEs-error\"", "id=\"benefitsEs-error\"",
					"id=\"s0-safetyCueEs-error\"", "id=\"s1-breathingCueEs-error\"")
			.contains("Summary in Spanish: Write this in Spanish too")
			// Two fields of step 1 lack their Spanish; its line in the summary says so
			// once.
			.contains(">Step 1: Write this in Spanish too: catalog routines are read in both languages.</a>")
			.contains("value=\"Evening psoas\"", "value=\"Psoas de noche\"",
					"value=\"" + HtmlUtils.htmlEscape("Acomódate") + "\"", "value=\"Long out-breaths\"",
					"Rest the ball beside the hip bone.");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM routine WHERE title = 'Evening psoas'", Integer.class))
			.isZero();

		MvcTestResult inSpanish = mvc.post()
			.uri("/admin/routines/new")
			.with(csrf())
			.with(signedIn(ADMIN))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.params(form)
			.exchange();
		assertThat(inSpanish).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(inSpanish))
			.contains("Escríbelo también en español: las rutinas del catálogo se leen en los dos idiomas.")
			.contains("Obligatorio en el catálogo siempre que el texto en inglés esté escrito");
	}

	@Test
	void aShippedRoutineCannotLoseTheSpanishOfAStep() {
		int version = (Integer) routineRow("desk-break").get("VERSION");
		MultiValueMap<String, String> form = EditorForms.withSpanish(EditorTests.validForm());
		form.set("version", Integer.toString(version));
		form.set("steps[1].instructionsEs", "  ");

		MvcTestResult refused = post("/admin/routines/desk-break/edit", form, ADMIN);

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(refused)).contains("id=\"s1-instructionsEs-error\"")
			.contains("Step 2: Write this in Spanish too");
		assertThat(routineRow("desk-break")).containsEntry("TITLE", "Desk break for hips and back")
			.containsEntry("VERSION", version);
	}

	@Test
	void aNewCatalogRoutineWithItsSpanishIsSavedAndReadInBothLanguages() {
		MultiValueMap<String, String> form = EditorForms.withSpanish(EditorTests.validForm());
		form.set("steps[0].safetyCue", "Stop if it tingles.");
		form.set("steps[0].safetyCueEs", "Para si notas hormigueo.");

		assertThat(post("/admin/routines/new", form, ADMIN)).hasRedirectedUrl("/routines/evening-psoas?saved");

		assertThat(routineRow("evening-psoas")).containsEntry("TITLE_ES", "(es) Evening psoas")
			.containsEntry("SUMMARY_ES", "(es) A calm end to the day.")
			.containsEntry("OWNER_ID", null);
		assertThat(page("/routines/evening-psoas", "es")).contains("(es) Evening psoas", "(es) Settle",
				"(es) Lie down and breathe slowly.", "(es) Ball holds", "Para si notas hormigueo.");
		assertThat(page("/routines/evening-psoas", "en")).contains("Evening psoas", "Stop if it tingles.")
			.doesNotContain("(es)");
	}

	@Test
	void anOwnRoutineWithoutSpanishShowsItsEnglishAndMayHaveSpanishToo() {
		MvcTestResult saved = post("/my/routines/new", EditorTests.validForm(), PERSON);
		String location = saved.getResponse().getRedirectedUrl();
		String slug = location.substring("/routines/".length(), location.indexOf('?'));
		assertThat(routineRow(slug)).containsEntry("TITLE_ES", null);
		String spanish = body(mvc.get()
			.uri("/routines/{slug}", slug)
			.with(signedIn(PERSON))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.exchange());
		assertThat(spanish).contains("Evening psoas", "Lie down and breathe slowly.");

		int version = (Integer) routineRow(slug).get("VERSION");
		MultiValueMap<String, String> form = EditorTests.validForm();
		form.set("version", Integer.toString(version));
		form.set("titleEs", "<script>alert(1)</script> Psoas de noche");
		assertThat(post("/my/routines/" + slug + "/edit", form, PERSON)).hasStatus3xxRedirection();
		assertThat(routineRow(slug)).containsEntry("TITLE_ES", "<script>alert(1)</script> Psoas de noche");
		String shown = body(mvc.get()
			.uri("/routines/{slug}", slug)
			.with(signedIn(PERSON))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.exchange());
		assertThat(shown).contains("&lt;script&gt;alert(1)&lt;/script&gt; Psoas de noche")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void makeItMineCarriesTheSpanishOfTheCatalogRoutine() {
		MvcTestResult copied = mvc.post()
			.uri("/my/routines/copy")
			.param("from", "desk-break")
			.with(csrf())
			.with(signedIn(PERSON))
			.exchange();
		entityManager.flush();
		String location = copied.getResponse().getRedirectedUrl();
		assertThat(location).isNotNull();
		String slug = jdbc.queryForObject("SELECT slug FROM routine WHERE owner_id IS NOT NULL", String.class);
		assertThat(jdbc.queryForList("""
				SELECT s.instructions_es FROM step s JOIN routine r ON r.id = s.routine_id
				WHERE r.slug = ? ORDER BY s.step_order""", String.class, slug)).first()
			.asString()
			.startsWith("Siéntate cerca del borde de la silla");
		assertThat(routineRow(slug).get("SUMMARY_ES")).asString().startsWith("Una pausa de cinco minutos");
	}

}
