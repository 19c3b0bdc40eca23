package app.unknot.editor;

import static app.unknot.editor.EditorForms.validForm;
import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import jakarta.persistence.EntityManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A private routine is seen, changed and used by its owner only: everybody else (another
 * person, an anonymous visitor, even an admin in the catalog editor) finds nothing there,
 * exactly as for a routine that does not exist, and the catalog never lists it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OwnRoutinePrivacyTests {

	static final String OWNER = "owner@example.org";

	static final String OTHER = "other@example.org";

	static final String ADMIN = "chief@example.org";

	static final String PASSWORD = "correct horse battery";

	/**
	 * The catalog routine copied throughout; it asks several questions before a session.
	 */
	static final String ORIGINAL = "desk-break";

	private static final Pattern COPIED = Pattern.compile("/my/routines/([a-z0-9-]+)/edit\\?copied");

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final EntityManager entityManager;

	private final JsonMapper json;

	OwnRoutinePrivacyTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc,
			@Autowired AccountService accounts, @Autowired EntityManager entityManager, @Autowired JsonMapper json) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.entityManager = entityManager;
		this.json = json;
	}

	@BeforeEach
	void createAccounts() {
		accounts.create(OWNER, PASSWORD, Role.USER);
		accounts.create(OTHER, PASSWORD, Role.USER);
		accounts.create(ADMIN, PASSWORD, Role.ADMIN);
	}

	/** Answers "no" to every question the routine asks before a session. */
	private MockMvcTester.MockMvcRequestBuilder answeringNo(MockMvcTester.MockMvcRequestBuilder request, String slug) {
		jdbc.queryForList("""
				SELECT c.code FROM caution c JOIN routine_caution rc ON rc.caution_id = c.id
				JOIN routine r ON r.id = rc.routine_id WHERE r.slug = ? AND c.question IS NOT NULL""", String.class,
				slug)
			.forEach(code -> request.param("answer-" + code, "no"));
		return request;
	}

	// ---- Who sees a private routine ----

	@Test
	void othersAndAnonymousVisitorsFindNothingWhereTheOwnerFindsTheirRoutine() {
		String slug = makeMine(OWNER);
		// A title of its own, so a page that leaks it can be told from the catalog's
		// routine.
		jdbc.update("UPDATE routine SET title = 'Secret evening unwind' WHERE slug = ?", slug);

		for (String viewer : new String[] { OTHER, null }) {
			String who = viewer == null ? "anonymous" : viewer;
			for (String uri : new String[] { "/routines/{slug}", "/routines/{slug}/session", "/routines/{slug}/sheet",
					"/routines/{slug}/sheet.pdf", "/routines/{slug}/sheet-page.css" }) {
				assertNotFound(as(viewer, mvc.get().uri(uri, slug)), who + " GET " + uri);
			}
			assertNotFound(as(viewer,
					mvc.post().uri("/routines/{slug}/session", slug).with(csrf()).param("answer-recent-injury", "no")),
					who + " POST session");
		}

		assertThat(body(as(OWNER, mvc.get().uri("/routines/{slug}", slug)))).contains("Secret evening unwind")
			.contains("class=\"badge badge-private\"");
		assertThat(body(as(OWNER, mvc.get().uri("/routines/{slug}/session", slug)))).contains("Secret evening unwind")
			.contains("name=\"answer-recent-injury\"");
		assertThat(body(as(OWNER, mvc.get().uri("/routines/{slug}/sheet", slug)))).contains("Secret evening unwind");
		assertThat(as(OWNER, mvc.get().uri("/routines/{slug}/sheet-page.css", slug))).hasStatusOk();
		MvcTestResult pdf = mvc.get().uri("/routines/{slug}/sheet.pdf", slug).with(signedIn(OWNER)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(Pdfs.text(pdf.getResponse().getContentAsByteArray())).contains("Secret evening unwind");
		assertThat(
				answeringNo(mvc.post().uri("/routines/{slug}/session", slug).with(signedIn(OWNER)).with(csrf()), slug))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/routines/" + slug + "/session");
	}

	@Test
	void anotherPersonCannotChangeOrDeleteTheRoutineByCraftedRequests() {
		String slug = makeMine(OWNER);
		Map<String, Object> before = snapshot(slug);

		assertNotFound(mvc.get().uri("/my/routines/{slug}/edit", slug).with(signedIn(OTHER)).exchange(), "GET edit");
		assertNotFound(mvc.get().uri("/my/routines/{slug}/delete", slug).with(signedIn(OTHER)).exchange(),
				"GET delete");
		assertNotFound(mvc.post()
			.uri("/my/routines/{slug}/edit", slug)
			.with(signedIn(OTHER))
			.with(csrf())
			.params(validForm(0, "Taken over"))
			.exchange(), "POST edit");
		// A change to the draft's steps only shows the form again: not for someone else's
		// routine either.
		MultiValueMap<String, String> addStep = validForm(0, "Taken over");
		addStep.set("action", "add-step");
		assertNotFound(mvc.post()
			.uri("/my/routines/{slug}/edit", slug)
			.with(signedIn(OTHER))
			.with(csrf())
			.params(addStep)
			.exchange(), "POST edit, add a step");
		assertNotFound(mvc.post().uri("/my/routines/{slug}/delete", slug).with(signedIn(OTHER)).with(csrf()).exchange(),
				"POST delete");
		forgetLoadedEntities();

		assertThat(snapshot(slug)).isEqualTo(before);
		assertThat(body(mvc.get().uri("/my/routines").with(signedIn(OTHER)).exchange())).doesNotContain(slug);
	}

	@Test
	void aPrivateRoutineLooksExactlyLikeOneThatDoesNotExist() {
		String slug = makeMine(OWNER);
		String missing = "desk-break-for-hips-and-back-zzzzzzzz";

		for (String uri : new String[] { "/routines/", "/my/routines/" }) {
			String suffix = uri.startsWith("/my") ? "/edit" : "";
			MvcTestResult privateOne = mvc.get().uri(uri + slug + suffix).with(signedIn(OTHER)).exchange();
			MvcTestResult noneAtAll = mvc.get().uri(uri + missing + suffix).with(signedIn(OTHER)).exchange();

			assertThat(privateOne).hasStatus(noneAtAll.getResponse().getStatus());
			assertThat(withoutTokens(body(privateOne)).replace(slug, missing))
				.isEqualTo(withoutTokens(body(noneAtAll)));
		}
	}

	@Test
	void makingSomeoneElsesPrivateRoutineTheirsIsA404() {
		String slug = makeMine(OWNER);

		assertNotFound(
				mvc.post().uri("/my/routines/copy").with(signedIn(OTHER)).with(csrf()).param("from", slug).exchange(),
				"copy");
		forgetLoadedEntities();

		assertThat(ownedBy(OTHER)).isZero();
	}

	@Test
	void privateStepsAreNotInTheEditorsStepLibrary() {
		String slug = makeMine(OWNER);
		MultiValueMap<String, String> secret = validForm(0, "Secret evening unwind");
		secret.set("steps[0].title", "Secret step of mine");
		assertThat(mvc.post().uri("/my/routines/{slug}/edit", slug).with(signedIn(OWNER)).with(csrf()).params(secret))
			.hasRedirectedUrl("/routines/" + slug + "?saved");
		forgetLoadedEntities();
		Long secretStep = jdbc.queryForObject("SELECT id FROM step WHERE title = 'Secret step of mine'", Long.class);

		assertThat(body(mvc.get().uri("/my/routines/new").with(signedIn(OTHER)).exchange()))
			.contains("Seated pelvic tilts")
			.doesNotContain("Secret step of mine")
			.doesNotContain("Secret evening unwind");

		MultiValueMap<String, String> take = validForm(null, "Mine now");
		take.set("action", "add-library");
		take.set("libraryStep", secretStep.toString());
		MvcTestResult taken = mvc.post()
			.uri("/my/routines/new")
			.with(signedIn(OTHER))
			.with(csrf())
			.params(take)
			.exchange();

		assertThat(taken).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(taken)).doesNotContain("Secret step of mine").doesNotContain("Secret evening unwind");
		forgetLoadedEntities();
		assertThat(ownedBy(OTHER)).isZero();
	}

	@Test
	void theSameFormSavesForTheOwner() {
		// The form the other tests send as someone else is one the editor accepts from
		// the owner.
		String slug = makeMine(OWNER);

		assertThat(mvc.post()
			.uri("/my/routines/{slug}/edit", slug)
			.with(signedIn(OWNER))
			.with(csrf())
			.params(validForm(0, "Taken over"))).hasRedirectedUrl("/routines/" + slug + "?saved");
		forgetLoadedEntities();

		assertThat(snapshot(slug)).containsEntry("TITLE", "Taken over")
			.containsEntry("STEPS", 2L)
			.containsEntry("VERSION", 1);
	}

	@Test
	void theCatalogEditorDoesNotReachPrivateRoutinesEvenForAdmins() {
		String slug = makeMine(OWNER);
		Map<String, Object> before = snapshot(slug);

		assertThat(asAdmin(mvc.get(), "/admin/routines/" + ORIGINAL + "/edit")).hasStatusOk();
		assertNotFound(asAdmin(mvc.get(), "/admin/routines/" + slug + "/edit").exchange(), "GET edit");
		assertNotFound(asAdmin(mvc.get(), "/admin/routines/" + slug + "/delete").exchange(), "GET delete");
		assertNotFound(asAdmin(mvc.post(), "/admin/routines/" + slug + "/edit").with(csrf())
			.params(validForm(0, "Now in the catalog"))
			.exchange(), "POST edit");
		assertNotFound(asAdmin(mvc.post(), "/admin/routines/" + slug + "/delete").with(csrf()).exchange(),
				"POST delete");
		forgetLoadedEntities();

		assertThat(snapshot(slug)).isEqualTo(before);
		assertThat(body(asAdmin(mvc.get(), "/admin/routines").exchange())).contains("/routines/" + ORIGINAL)
			.doesNotContain(slug);
	}

	/**
	 * An admin who owns a private routine cannot reach it through the catalog editor
	 * either.
	 */
	@Test
	void anAdminsOwnPrivateRoutineIsNotInTheCatalogEditor() {
		String slug = makeMine(ADMIN);

		assertThat(mvc.get().uri("/my/routines/{slug}/edit", slug).with(admin())).hasStatusOk();
		assertNotFound(asAdmin(mvc.get(), "/admin/routines/" + slug + "/edit").exchange(), "GET edit");
		assertThat(body(asAdmin(mvc.get(), "/admin/routines").exchange())).doesNotContain(slug);
	}

	@Test
	void theCatalogEditorIsForAdminsOnly() {
		assertThat(mvc.get().uri("/admin/routines").with(signedIn(OTHER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/routines/{slug}/edit", ORIGINAL).with(signedIn(OTHER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		Map<String, Object> before = snapshot(ORIGINAL);
		assertThat(mvc.post()
			.uri("/admin/routines/{slug}/edit", ORIGINAL)
			.with(signedIn(OTHER))
			.with(csrf())
			.params(validForm(0, "Vandalised"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/routines/{slug}/delete", ORIGINAL).with(signedIn(OTHER)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		forgetLoadedEntities();
		assertThat(snapshot(ORIGINAL)).isEqualTo(before);
	}

	// ---- CSRF and signing in ----

	@Test
	void postsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
		assertThat(mvc.post().uri("/my/routines/copy").with(signedIn(OWNER)).param("from", ORIGINAL))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/my/routines/new").with(signedIn(OWNER)).params(validForm(null, "Sneaky new")))
			.hasStatus(HttpStatus.FORBIDDEN);
		forgetLoadedEntities();
		assertThat(ownedBy(OWNER)).isZero();

		String slug = makeMine(OWNER);
		Map<String, Object> before = snapshot(slug);
		assertThat(
				mvc.post().uri("/my/routines/{slug}/edit", slug).with(signedIn(OWNER)).params(validForm(0, "Sneaky")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/my/routines/{slug}/delete", slug).with(signedIn(OWNER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		forgetLoadedEntities();

		assertThat(snapshot(slug)).isEqualTo(before);
		assertThat(ownedBy(OWNER)).isOne();
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		assertThat(mvc.get().uri("/my/routines")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/my/routines/new")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.post().uri("/my/routines/copy").with(csrf()).param("from", ORIGINAL)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(mvc.post().uri("/my/routines/new").with(csrf()).params(validForm(null, "Anonymous routine")))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		forgetLoadedEntities();

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM routine WHERE owner_id IS NOT NULL", Integer.class))
			.isZero();
	}

	@Test
	void theSignInPageOffersMakingACatalogRoutineYours() {
		assertThat(body(mvc.get().uri("/routines/{slug}", ORIGINAL).exchange())).contains("href=\"/login\"")
			.doesNotContain("action=\"/my/routines/copy\"");
		assertThat(body(mvc.get().uri("/routines/{slug}", ORIGINAL).with(signedIn(OWNER)).exchange()))
			.contains("action=\"/my/routines/copy\"")
			.contains("name=\"from\" value=\"" + ORIGINAL + "\"")
			.contains("name=\"_csrf\"");
	}

	// ---- The catalog ----

	@Test
	void theCopyKeepsTheStepsAndTheOriginalStaysAsItWas() {
		Map<String, Object> original = snapshot(ORIGINAL);
		List<String> originalSteps = stepTitles(ORIGINAL);

		String slug = makeMine(OWNER);

		assertThat(slug).startsWith("desk-break-for-hips-and-back-");
		assertThat(stepTitles(slug)).hasSize(6).isEqualTo(originalSteps);
		assertThat(snapshot(ORIGINAL)).isEqualTo(original);
		assertThat(stepTitles(ORIGINAL)).isEqualTo(originalSteps);
		assertThat(jdbc.queryForObject("SELECT owner_id FROM routine WHERE slug = ?", Long.class, ORIGINAL)).isNull();
		assertThat(jdbc.queryForObject("SELECT owner_id FROM routine WHERE slug = ?", Long.class, slug))
			.isEqualTo(accounts.get(OWNER).getId());
		assertThat(muscleSlugs(slug)).isEqualTo(muscleSlugs(ORIGINAL)).contains("adductors");
		assertThat(body(mvc.get().uri("/my/routines").with(signedIn(OWNER)).exchange()))
			.contains("href=\"/routines/" + slug + "\"")
			.contains("href=\"/my/routines/" + slug + "/edit\"");
	}

	@Test
	void privateRoutinesAreNeverListedOrCounted() {
		String musclesBefore = body(mvc.get().uri("/muscles").exchange());
		String slug = makeMine(OWNER);
		assertThat(mvc.post()
			.uri("/my/routines/{slug}/edit", slug)
			.with(signedIn(OWNER))
			.with(csrf())
			.params(validForm(0, "Zebra evening unwind"))).hasStatus3xxRedirection();
		forgetLoadedEntities();

		for (String viewer : new String[] { OWNER, OTHER, null }) {
			for (String uri : new String[] { "/routines", "/routines?q=Zebra", "/routines?q=desk+break",
					"/routines?muscle=adductors", "/routines?muscle=psoas&q=zebra", "/muscles/adductors",
					"/muscles/psoas" }) {
				MvcTestResult result = as(viewer, mvc.get().uri(uri));
				assertThat(result).as(uri).hasStatusOk();
				assertThat(body(result)).as(uri + " for " + viewer)
					.doesNotContain(slug)
					.doesNotContain("Zebra evening");
			}
		}
		assertThat(body(mvc.get().uri("/routines?q=Zebra").exchange())).contains("No routines");
		assertThat(body(mvc.get().uri("/muscles/adductors").exchange())).contains("/routines/" + ORIGINAL);
		assertThat(body(mvc.get().uri("/muscles").exchange())).isEqualTo(musclesBefore);
	}

	// ---- Favourites and history ----

	@Test
	void anotherPersonCannotFavouriteIt() {
		String slug = makeMine(OWNER);

		MvcTestResult result = mvc.post()
			.uri("/my/favourites/{slug}", slug)
			.with(signedIn(OTHER))
			.with(csrf())
			.param("favourite", "true")
			.param("returnTo", "/routines")
			.exchange();

		assertNotFound(result, "favourite");
		forgetLoadedEntities();
		assertThat(favourites(OTHER)).isZero();
		// The owner can.
		assertThat(mvc.post()
			.uri("/my/favourites/{slug}", slug)
			.with(signedIn(OWNER))
			.with(csrf())
			.param("favourite", "true")
			.param("returnTo", "/my/favourites")).hasRedirectedUrl("/my/favourites");
		forgetLoadedEntities();
		assertThat(favourites(OWNER)).isOne();
		assertThat(body(mvc.get().uri("/my/favourites").with(signedIn(OTHER)).exchange())).doesNotContain(slug);
	}

	@Test
	void anotherPersonCannotRecordASessionOfIt() {
		String slug = makeMine(OWNER);

		MvcTestResult result = report(OTHER, slug);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("routine");
		assertThat(result).bodyJson().extractingPath("$.error").asString().isNotBlank();
		assertRevealsNoInternals(body(result));
		forgetLoadedEntities();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_record", Integer.class)).isZero();

		// The same report from the owner is recorded.
		assertThat(report(OWNER, slug)).hasStatus(HttpStatus.CREATED);
		forgetLoadedEntities();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_record", Integer.class)).isOne();
	}

	// ---- Deleting ----

	@Test
	void theOwnerDeletesTheirRoutineAndOnlyTheirs() {
		String slug = makeMine(OWNER);
		Long id = routineId(slug);
		assertThat(body(mvc.get().uri("/my/routines/{slug}/delete", slug).with(signedIn(OWNER)).exchange()))
			.contains("Desk break for hips and back");

		assertThat(mvc.post().uri("/my/routines/{slug}/delete", slug).with(signedIn(OWNER)).with(csrf()))
			.hasRedirectedUrl("/my/routines?deleted");
		forgetLoadedEntities();

		assertThat(ownedBy(OWNER)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM step WHERE routine_id = ?", Integer.class, id)).isZero();
		assertThat(stepTitles(ORIGINAL)).hasSize(6);
		assertNotFound(mvc.get().uri("/routines/{slug}", slug).with(signedIn(OWNER)).exchange(), "deleted routine");
	}

	@Test
	void deletingTheAccountDeletesItsRoutinesAndTheirStepsButNotTheCatalog() {
		String first = makeMine(OWNER);
		String second = makeMine(OWNER);
		String others = makeMine(OTHER);
		List<Long> ids = List.of(routineId(first), routineId(second));
		assertThat(report(OWNER, first)).hasStatus(HttpStatus.CREATED);
		int catalogRoutines = catalogRoutines();
		forgetLoadedEntities();
		assertThat(stepsOf(ids)).isEqualTo(12);

		assertThat(mvc.post().uri("/my/account/delete").with(signedIn(OWNER)).with(csrf()).param("password", PASSWORD))
			.hasRedirectedUrl("/?deleted");
		forgetLoadedEntities();

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM routine WHERE id IN (?, ?)", Integer.class, ids.get(0),
				ids.get(1)))
			.isZero();
		assertThat(stepsOf(ids)).isZero();
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM routine_muscle_group WHERE routine_id IN (?, ?)""", Integer.class, ids.get(0),
				ids.get(1)))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_record", Integer.class)).isZero();
		assertThat(catalogRoutines()).isEqualTo(catalogRoutines);
		assertThat(stepTitles(ORIGINAL)).hasSize(6);
		assertThat(ownedBy(OTHER)).isOne();
		assertThat(mvc.get().uri("/routines/{slug}", others).with(signedIn(OTHER))).hasStatusOk();
	}

	// ---- Helpers ----

	/** "Make it mine" on the catalog's desk break; returns the copy's address. */
	private String makeMine(String email) {
		MvcTestResult result = mvc.post()
			.uri("/my/routines/copy")
			.with(signedIn(email))
			.with(csrf())
			.param("from", ORIGINAL)
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		Matcher copied = COPIED.matcher(result.getResponse().getRedirectedUrl());
		assertThat(copied.matches()).as(result.getResponse().getRedirectedUrl()).isTrue();
		forgetLoadedEntities();
		return copied.group(1);
	}

	private MvcTestResult report(String email, String slug) {
		return mvc.post()
			.uri("/my/history")
			.with(signedIn(email))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(EditorForms.finishedSession(slug, stepTitles(slug).size())))
			.exchange();
	}

	private MvcTestResult as(String viewer, MockMvcTester.MockMvcRequestBuilder request) {
		return viewer == null ? request.exchange() : request.with(signedIn(viewer)).exchange();
	}

	/** A request by the admin to the catalog editor. */
	private static MockMvcTester.MockMvcRequestBuilder asAdmin(MockMvcTester.MockMvcRequestBuilder request,
			String path) {
		request.uri(path).with(admin());
		return request;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return signedIn(ADMIN);
	}

	private static void assertNotFound(MvcTestResult result, String what) {
		assertThat(result).as(what).hasStatus(HttpStatus.NOT_FOUND);
		String body = body(result);
		assertInSiteLayout(body);
		assertRevealsNoInternals(body);
		assertThat(body).as(what).contains("There is no routine called").doesNotContain("Secret evening unwind");
	}

	/** The page without its CSRF tokens, which differ from one response to the next. */
	private static String withoutTokens(String body) {
		return body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
			.replaceAll("data-csrf-token=\"[^\"]*\"", "data-csrf-token");
	}

	/**
	 * The test's transaction spans the requests: write what JPA holds before reading with
	 * JDBC, and forget it, as the next request's own persistence context would.
	 */
	private void forgetLoadedEntities() {
		entityManager.flush();
		entityManager.clear();
	}

	private Map<String, Object> snapshot(String slug) {
		return jdbc.queryForMap("""
				SELECT r.title, r.summary, r.version, r.updated_at, r.owner_id,
				       (SELECT COUNT(*) FROM step s WHERE s.routine_id = r.id) AS steps
				FROM routine r WHERE r.slug = ?""", slug);
	}

	private List<String> stepTitles(String slug) {
		return jdbc.queryForList(
				"""
						SELECT s.title FROM step s JOIN routine r ON r.id = s.routine_id WHERE r.slug = ? ORDER BY s.step_order""",
				String.class, slug);
	}

	private List<String> muscleSlugs(String slug) {
		return jdbc.queryForList("""
				SELECT m.slug FROM routine_muscle_group rm JOIN routine r ON r.id = rm.routine_id
				JOIN muscle_group m ON m.id = rm.muscle_group_id WHERE r.slug = ? ORDER BY m.slug""", String.class,
				slug);
	}

	private Long routineId(String slug) {
		return jdbc.queryForObject("SELECT id FROM routine WHERE slug = ?", Long.class, slug);
	}

	private int ownedBy(String email) {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM routine r JOIN account a ON a.id = r.owner_id WHERE a.email = ?""", Integer.class,
				email);
	}

	private int catalogRoutines() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM routine WHERE owner_id IS NULL", Integer.class);
	}

	private int stepsOf(List<Long> ids) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM step WHERE routine_id IN (?, ?)", Integer.class, ids.get(0),
				ids.get(1));
	}

	private int favourites(String email) {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM favourite f JOIN account a ON a.id = f.account_id WHERE a.email = ?""",
				Integer.class, email);
	}

}
