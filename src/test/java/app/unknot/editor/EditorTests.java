package app.unknot.editor;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.SignedInUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import app.unknot.account.AccountService;
import app.unknot.account.Role;
import app.unknot.catalog.Caution;
import app.unknot.catalog.CautionAction;
import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineRepository;
import jakarta.persistence.EntityManager;

/**
 * The editor's rules, its changes to the draft, "Make it mine" and the refusal of stale
 * saves.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EditorTests {

	static final String EMAIL = "editor@example.org";

	static final String ADMIN = "admin-editor@example.org";

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final EntityManager entityManager;

	private final RoutineRepository routines;

	EditorTests(@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc, @Autowired AccountService accounts,
			@Autowired EntityManager entityManager, @Autowired RoutineRepository routines) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.entityManager = entityManager;
		this.routines = routines;
	}

	@BeforeEach
	void createAccounts() {
		accounts.create(EMAIL, "correct horse battery", Role.USER);
		accounts.create(ADMIN, "correct horse battery", Role.ADMIN);
	}

	/** A valid two-step routine as the form sends it. */
	static MultiValueMap<String, String> validForm() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("action", "save");
		form.add("title", "Evening psoas");
		form.add("summary", "A calm end to the day.");
		form.add("benefits", "");
		form.add("difficulty", "GENTLE");
		form.add("muscles", "psoas");
		form.add("cautions", "hernia");
		step(form, 0, "Settle", "Lie down and breathe slowly.", "DURATION");
		form.add("steps[0].duration", "1:30");
		step(form, 1, "Ball holds", "Rest the ball beside the hip bone.", "REPS");
		form.add("steps[1].holdSeconds", "5");
		form.add("steps[1].reps", "10");
		form.add("steps[1].sets", "2");
		form.add("steps[1].restSeconds", "3");
		form.add("steps[1].setRestSeconds", "20");
		form.add("steps[1].eachSide", "true");
		return form;
	}

	private static void step(MultiValueMap<String, String> form, int index, String title, String instructions,
			String timing) {
		String prefix = "steps[" + index + "].";
		form.add(prefix + "title", title);
		form.add(prefix + "instructions", instructions);
		form.add(prefix + "technique", "SUSTAINED_PRESSURE");
		form.add(prefix + "pressure", "LIGHT");
		form.add(prefix + "position", "LYING_ON_BACK");
		form.add(prefix + "equipment", "BALL");
		form.add(prefix + "timing", timing);
	}

	/**
	 * Sends the form. The test's transaction holds the request's work unflushed, so it is
	 * flushed here for the plain SQL checks that follow to see it.
	 */
	private MvcTestResult post(String uri, MultiValueMap<String, String> form, String email) {
		MvcTestResult result = mvc.post().uri(uri).with(csrf()).with(signedIn(email)).params(form).exchange();
		entityManager.flush();
		// Also forget the loaded routines: their total time is computed by the database
		// on loading.
		entityManager.clear();
		return result;
	}

	private int routineCount() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM routine", Integer.class);
	}

	private String createOwnRoutine() {
		return createOwnRoutine(validForm());
	}

	private String createOwnRoutine(MultiValueMap<String, String> form) {
		MvcTestResult saved = post("/my/routines/new", form, EMAIL);
		assertThat(saved).hasStatus3xxRedirection();
		String location = saved.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/routines/evening-psoas-").endsWith("?saved");
		return location.substring("/routines/".length(), location.indexOf('?'));
	}

	private Map<String, Object> routineRow(String slug) {
		return jdbc.queryForMap("SELECT * FROM routine WHERE slug = ?", slug);
	}

	private List<String> stepTitles(String slug) {
		return jdbc.queryForList("""
				SELECT s.title FROM step s JOIN routine r ON r.id = s.routine_id
				WHERE r.slug = ? ORDER BY s.step_order""", String.class, slug);
	}

	@Test
	void aNewRoutineIsSavedWholeAndPrivateToItsOwner() {
		String slug = createOwnRoutine();

		Map<String, Object> row = routineRow(slug);
		assertThat(row).containsEntry("TITLE", "Evening psoas").containsEntry("DIFFICULTY", "GENTLE");
		assertThat(row.get("OWNER_ID")).isEqualTo(accounts.get(EMAIL).getId());
		assertThat(stepTitles(slug)).containsExactly("Settle", "Ball holds");
		Map<String, Object> holds = jdbc.queryForMap("""
				SELECT s.* FROM step s JOIN routine r ON r.id = s.routine_id WHERE r.slug = ? AND s.step_order = 2""",
				slug);
		assertThat(holds).containsEntry("TIMING", "REPS")
			.containsEntry("HOLD_SECONDS", 5)
			.containsEntry("REPS", 10)
			.containsEntry("SETS", 2)
			.containsEntry("REST_SECONDS", 3)
			.containsEntry("SET_REST_SECONDS", 20)
			.containsEntry("EACH_SIDE", true)
			.containsEntry("DURATION_SECONDS", null);

		String page = body(mvc.get().uri("/routines/{slug}?saved", slug).with(signedIn(EMAIL)).exchange());
		// 90 s + 2 sides × (2 × 10 × 5 s holds + 2 × 9 × 3 s rests + 20 s between sets) =
		// 90 + 2 × 174 = 7:18
		assertThat(page).contains("Private · only you see this routine")
			.contains("Takes 7:18")
			.contains("Hernia")
			.contains("Saved.");
		assertThat(body(mvc.get().uri("/my/routines").with(signedIn(EMAIL)).exchange())).contains("Evening psoas");
	}

	@Test
	void aStepsSafetyCueAndSideBlockAreSavedAndComeBackInTheForm() {
		MultiValueMap<String, String> form = validForm();
		form.add("steps[1].safetyCue", "  If you feel a pulse, move the ball further out.  ");
		form.add("steps[1].sideBlock", "true");
		MvcTestResult saved = post("/my/routines/new", form, EMAIL);
		String location = saved.getResponse().getRedirectedUrl();
		String slug = location.substring("/routines/".length(), location.indexOf('?'));

		String steps = "FROM step s JOIN routine r ON r.id = s.routine_id WHERE r.slug = ? ORDER BY s.step_order";
		assertThat(jdbc.queryForList("SELECT s.safety_cue " + steps, String.class, slug)).containsExactly(null,
				"If you feel a pulse, move the ball further out.");
		assertThat(jdbc.queryForList("SELECT s.side_block " + steps, Boolean.class, slug)).containsExactly(false, true);
		String editor = body(mvc.get().uri("/my/routines/{slug}/edit", slug).with(signedIn(EMAIL)).exchange());
		assertThat(editor).contains("<label for=\"s1-safetyCue\">Safety cue</label>")
			.contains("value=\"If you feel a pulse, move the ball further out.\"")
			.containsPattern("id=\"s1-sideBlock\"[^>]*checked")
			.doesNotContainPattern("id=\"s0-sideBlock\"[^>]*checked")
			.contains("Run with the neighbouring one-side steps as a block");
	}

	/**
	 * The valid form with its first step kneading, in a step that names no area: the
	 * routine's psoas counts.
	 */
	private static MultiValueMap<String, String> bellyKneadingForm() {
		MultiValueMap<String, String> form = validForm();
		form.set("difficulty", "MODERATE");
		form.set("steps[0].technique", "KNEADING");
		form.set("steps[0].pressure", "MODERATE");
		return form;
	}

	@Test
	void savingAddsTheCautionsTheStepsCallForAtTheirTier() {
		MultiValueMap<String, String> form = bellyKneadingForm();
		form.remove("cautions");

		String slug = createOwnRoutine(form);

		Routine routine = routines.findOwnedWithSteps(slug, accounts.get(EMAIL).getId()).orElseThrow();
		Map<String, CautionAction> tiers = routine.getCautions()
			.stream()
			.collect(Collectors.toMap(Caution::getCode, routine::tierOf));
		assertThat(tiers).containsEntry("aortic-aneurysm", CautionAction.DO_NOT_START)
			.containsEntry("pregnancy", CautionAction.DO_NOT_START)
			.containsEntry("recent-surgery", CautionAction.DO_NOT_START)
			.containsEntry("hernia", CautionAction.ASK_PROFESSIONAL)
			.containsEntry("blood-thinners", CautionAction.ASK_PROFESSIONAL)
			.containsEntry("abdominal-pulse", CautionAction.ADAPT)
			.containsEntry("stop-signs", CautionAction.ADAPT);
		assertThat(body(mvc.get().uri("/routines/{slug}/session", slug).with(signedIn(EMAIL)).exchange()))
			.contains("aortic aneurysm");
	}

	@Test
	void cautionsTheStepsNoLongerCallForCanBeLeftOutAgain() {
		String slug = createOwnRoutine(bellyKneadingForm());
		MultiValueMap<String, String> calmer = validForm();
		calmer.set("version", "0");
		calmer.set("steps[0].technique", "BREATHING");
		calmer.set("steps[0].pressure", "");
		calmer.set("steps[1].technique", "STRETCH");
		calmer.set("steps[1].pressure", "");
		calmer.set("cautions", "stop-signs");

		assertThat(post("/my/routines/" + slug + "/edit", calmer, EMAIL)).hasStatus3xxRedirection();

		Routine routine = routines.findOwnedWithSteps(slug, accounts.get(EMAIL).getId()).orElseThrow();
		assertThat(routine.getCautions()).extracting(Caution::getCode)
			.doesNotContain("aortic-aneurysm", "after-meal", "fever")
			// A psoas stretch on the back still calls for these.
			.contains("pregnancy", "back-red-flags-emergency", "hip-replacement", "stop-signs");
	}

	@Test
	void charactersThatAreNotTextAreLeftOutAndTheSheetStillPrints() {
		MultiValueMap<String, String> form = validForm();
		form.set("title", "\u001bEvening\u0000 psoas\uFFFF");
		form.set("summary", "A calm\u000bend to the day.\uFFFE");
		form.set("steps[0].instructions", "Lie down\u2028and breathe\u0000 slowly.\uD800 Rest\uDFFF.");
		form.set("steps[0].breathingCue", "Long\tout-breaths \uD83D\uDE0C\u0007");

		String slug = post("/my/routines/new", form, EMAIL).getResponse()
			.getRedirectedUrl()
			.replaceAll(".*/|\\?.*", "");

		assertThat(routineRow(slug)).containsEntry("TITLE", "Evening psoas")
			.containsEntry("SUMMARY", "A calm\nend to the day.");
		assertThat(jdbc.queryForMap("""
				SELECT s.instructions, s.breathing_cue FROM step s JOIN routine r ON r.id = s.routine_id
				WHERE r.slug = ? AND s.step_order = 1""", slug))
			.containsEntry("INSTRUCTIONS", "Lie down\nand breathe slowly. Rest.")
			.containsEntry("BREATHING_CUE", "Long\tout-breaths \uD83D\uDE0C");
		assertThat(mvc.get().uri("/routines/{slug}/sheet.pdf", slug).with(signedIn(EMAIL)).exchange()).hasStatusOk();
	}

	@Test
	void aRoutineWithoutBenefitsOrMusclesLeavesThoseSectionsOut() {
		MultiValueMap<String, String> form = validForm();
		form.remove("muscles");
		form.remove("cautions");
		String slug = post("/my/routines/new", form, EMAIL).getResponse()
			.getRedirectedUrl()
			.replaceAll(".*/|\\?.*", "");

		String page = body(mvc.get().uri("/routines/{slug}", slug).with(signedIn(EMAIL)).exchange());

		assertThat(page).contains("What it takes").doesNotContain("Why do it").doesNotContain("Muscles it works");
	}

	@Test
	void makeItMineCopiesTheRoutineAndLeavesTheCatalogAsItWas() {
		List<String> original = stepTitles("desk-break");
		int before = routineCount();

		MvcTestResult copied = mvc.post()
			.uri("/my/routines/copy")
			.with(csrf())
			.with(signedIn(EMAIL))
			.param("from", "desk-break")
			.exchange();
		entityManager.flush();

		assertThat(copied).hasStatus3xxRedirection();
		String location = copied.getResponse().getRedirectedUrl();
		assertThat(location).matches("/my/routines/desk-break-for-hips-and-back-my-version-[a-z2-9]{8}/edit\\?copied");
		String slug = location.substring("/my/routines/".length(), location.indexOf("/edit"));
		assertThat(routineCount()).isEqualTo(before + 1);
		assertThat(stepTitles(slug)).isEqualTo(original);
		assertThat(stepTitles("desk-break")).isEqualTo(original);
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM routine_caution rc JOIN routine r ON r.id = rc.routine_id WHERE r.slug = ?""",
				Integer.class, slug))
			.isEqualTo(jdbc.queryForObject(
					"""
							SELECT COUNT(*) FROM routine_caution rc JOIN routine r ON r.id = rc.routine_id WHERE r.slug = 'desk-break'""",
					Integer.class));

		assertThat(illustrations(slug)).isEqualTo(illustrations("desk-break")).doesNotContainNull();

		String editor = body(mvc.get().uri(location).with(signedIn(EMAIL)).exchange());
		assertThat(editor).contains("This is your private copy")
			.contains("value=\"" + original.get(0) + "\"")
			.contains("name=\"steps[0].illustration\" value=\"" + illustrations("desk-break").get(0) + "\"");
	}

	private List<String> illustrations(String slug) {
		return jdbc.queryForList("""
				SELECT s.illustration FROM step s JOIN routine r ON r.id = s.routine_id
				WHERE r.slug = ? ORDER BY s.step_order""", String.class, slug);
	}

	@Test
	void aStepKeepsItsDrawingThroughTheFormAndOnlyADrawingsNameIsTaken() {
		MultiValueMap<String, String> form = validForm();
		form.add("steps[0].illustration", "back-breathe");
		form.add("steps[1].illustration", "<script>x</script>");

		String slug = createOwnRoutine(form);

		assertThat(illustrations(slug)).containsExactly("back-breathe", null);
	}

	@Test
	void theCopyIsNamedAsMineEverywhereAndTheEditorHeadingNamesIt() {
		String location = mvc.post()
			.uri("/my/routines/copy")
			.with(csrf())
			.with(signedIn(EMAIL))
			.param("from", "desk-break")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		entityManager.flush();
		String slug = location.substring("/my/routines/".length(), location.indexOf("/edit"));

		String title = "Desk break for hips and back (my version)";
		assertThat(routineRow(slug).get("TITLE")).isEqualTo(title);
		assertThat(routineRow("desk-break").get("TITLE")).isEqualTo("Desk break for hips and back");
		String editor = body(mvc.get().uri(location).with(signedIn(EMAIL)).exchange());
		assertThat(editor).contains("<h1>Edit: " + title + "</h1>").contains("id=\"title\"", "value=\"" + title + "\"");
		assertThat(body(mvc.get().uri("/my/routines").with(signedIn(EMAIL)).exchange())).contains(title);
		assertThat(body(mvc.get().uri("/routines/{slug}", slug).with(signedIn(EMAIL)).exchange())).contains(title);
	}

	@Test
	void aCopyOfARoutineWithALongTitleStaysWithinTheTitleLimit() {
		MultiValueMap<String, String> form = validForm();
		String longTitle = ("Evening psoas " + "and hips ".repeat(20)).substring(0, 120);
		form.set("title", longTitle);
		String original = createOwnRoutine(form);

		String location = mvc.post()
			.uri("/my/routines/copy")
			.with(csrf())
			.with(signedIn(EMAIL))
			.param("from", original)
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		entityManager.flush();

		String copyTitle = (String) routineRow(location.substring("/my/routines/".length(), location.indexOf("/edit")))
			.get("TITLE");
		assertThat(copyTitle).hasSize(120).startsWith("Evening psoas and hips").endsWith("… (my version)");
		assertThat(copyTitle.substring(0, copyTitle.indexOf('…')))
			.isEqualTo(longTitle.substring(0, 106).stripTrailing());
	}

	@Test
	void makeItMineOfAnUnknownRoutineIsA404() {
		MvcTestResult copied = mvc.post()
			.uri("/my/routines/copy")
			.with(csrf())
			.with(signedIn(EMAIL))
			.param("from", "no-such-routine")
			.exchange();

		assertThat(copied).hasStatus(HttpStatus.NOT_FOUND);
		assertInSiteLayout(body(copied));
	}

	@Test
	void stepsMoveAndGoOnTheDraftOnlyUntilSaved() {
		String slug = createOwnRoutine();
		MultiValueMap<String, String> form = validForm();
		form.set("version", "0");
		form.set("action", "down-0");

		MvcTestResult moved = post("/my/routines/" + slug + "/edit", form, EMAIL);

		assertThat(moved).hasStatusOk();
		String page = body(moved);
		assertThat(page.indexOf("value=\"Ball holds\"")).isLessThan(page.indexOf("value=\"Settle\""));
		assertThat(stepTitles(slug)).as("nothing stored yet").containsExactly("Settle", "Ball holds");

		// The browser sends the re-rendered draft: steps in their new order.
		MultiValueMap<String, String> reordered = validForm();
		reordered.set("version", "0");
		swapSteps(reordered);
		assertThat(post("/my/routines/" + slug + "/edit", reordered, EMAIL)).hasStatus3xxRedirection();
		assertThat(stepTitles(slug)).containsExactly("Ball holds", "Settle");
		assertThat(routineRow(slug).get("VERSION")).isNotEqualTo(0);
	}

	private static void swapSteps(MultiValueMap<String, String> form) {
		MultiValueMap<String, String> swapped = new LinkedMultiValueMap<>();
		form.forEach((name, values) -> swapped.put(
				name.replace("steps[0]", "steps[x]").replace("steps[1]", "steps[0]").replace("steps[x]", "steps[1]"),
				values));
		form.clear();
		form.putAll(swapped);
	}

	@Test
	void removingAndAddingStepsChangeTheDraft() {
		MultiValueMap<String, String> form = validForm();
		form.set("action", "remove-0");
		String removed = body(post("/my/routines/new", form, EMAIL));
		assertThat(removed).doesNotContain("value=\"Settle\"")
			.contains("value=\"Ball holds\"")
			.contains("Steps (1 of at most 40)");

		form = validForm();
		form.set("action", "add-step");
		assertThat(body(post("/my/routines/new", form, EMAIL))).contains("Steps (3 of at most 40)");

		Long libraryStep = jdbc.queryForObject("""
				SELECT s.id FROM step s JOIN routine r ON r.id = s.routine_id
				WHERE r.slug = 'desk-break' AND s.step_order = 1""", Long.class);
		String libraryTitle = stepTitles("desk-break").get(0);
		form.set("action", "add-library");
		form.set("libraryStep", libraryStep.toString());
		String added = body(post("/my/routines/new", form, EMAIL));
		assertThat(added).contains("Steps (3 of at most 40)").contains("value=\"" + libraryTitle + "\"");
		assertThat(routineCount()).as("changes to the draft store nothing").isEqualTo(16 + testRoutines());
	}

	private int testRoutines() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM routine WHERE slug LIKE 'test-%'", Integer.class);
	}

	@Test
	void draftChangesThatCannotBeMadeSayWhy() {
		MultiValueMap<String, String> single = new LinkedMultiValueMap<>(validForm());
		single.keySet().removeIf(name -> name.startsWith("steps[1]"));
		single.set("action", "remove-0");
		MvcTestResult last = post("/my/routines/new", single, EMAIL);
		assertThat(last).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(last)).contains("the last one cannot be removed").contains("value=\"Settle\"");

		MultiValueMap<String, String> form = validForm();
		form.set("action", "add-library");
		form.set("libraryStep", "99999999");
		assertThat(body(post("/my/routines/new", form, EMAIL))).contains("Choose a step from the list first.");

		String privateStep = privateStepId();
		form.set("libraryStep", privateStep);
		MvcTestResult notInLibrary = post("/my/routines/new", form, EMAIL);
		assertThat(notInLibrary).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(notInLibrary)).contains("Choose a step from the list first.");
	}

	/** A step of somebody's private routine: not part of the library. */
	private String privateStepId() {
		accounts.create("other@example.org", "correct horse battery", Role.USER);
		MultiValueMap<String, String> other = validForm();
		other.set("steps[0].title", "Private step");
		assertThat(post("/my/routines/new", other, "other@example.org")).hasStatus3xxRedirection();
		return jdbc.queryForObject("SELECT id FROM step WHERE title = 'Private step'", Long.class).toString();
	}

	@Test
	void aFullRoutineTakesNoMoreSteps() {
		MultiValueMap<String, String> form = validForm();
		for (int i = 2; i < RoutineForm.MAX_STEPS; i++) {
			step(form, i, "Step " + i, "Breathe.", "DURATION");
			form.add("steps[" + i + "].duration", "10");
		}
		form.set("action", "add-step");
		MvcTestResult full = post("/my/routines/new", form, EMAIL);
		assertThat(full).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(full)).contains("A routine has at most 40 steps").contains("Steps (40 of at most 40)");

		form.set("action", "save");
		assertThat(post("/my/routines/new", form, EMAIL)).hasStatus3xxRedirection();
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', value = { "title|ab|Use 3 to 120 characters.", "title|'   '|Give the routine a title.",
			"summary|SUMMARY_301|Use at most 300 characters.", "benefits|BENEFITS_1001|Use at most 1,000 characters.",
			"difficulty|EXTREME|This value is not one of the choices.",
			"muscles|spleen|One of these choices does not exist.",
			"cautions|<script>|One of these choices does not exist.", "steps[0].title|''|Give the step a title.",
			"steps[0].title|TITLE_121|Use at most 120 characters.",
			"steps[0].instructions|INSTRUCTIONS_2001|Use at most 2,000 characters.",
			"steps[0].breathingCue|CUE_301|Use at most 300 characters.",
			// The Spanish beside each text keeps the English text's limits.
			"titleEs|ab|Use 3 to 120 characters.", "titleEs|TITLE_121|Use 3 to 120 characters.",
			"summaryEs|SUMMARY_301|Use at most 300 characters.",
			"benefitsEs|BENEFITS_1001|Use at most 1,000 characters.",
			"steps[0].titleEs|TITLE_121|Use at most 120 characters.",
			"steps[0].instructionsEs|INSTRUCTIONS_2001|Use at most 2,000 characters.",
			"steps[0].breathingCueEs|CUE_301|Use at most 300 characters.",
			"steps[0].safetyCueEs|CUE_301|Use at most 300 characters.",
			"steps[0].position|UPSIDE_DOWN|This value is not one of the choices.",
			"steps[0].duration|4|Use 5 seconds to 30 minutes.", "steps[0].duration|30:01|Use 5 seconds to 30 minutes.",
			"steps[0].duration|1801|Use 5 seconds to 30 minutes.",
			"steps[0].duration|abc|Enter seconds (45) or minutes:seconds (2:30).",
			"steps[0].duration|99999999999999999999|Enter seconds (45) or minutes:seconds (2:30).",
			"steps[1].holdSeconds|0|Enter a whole number from 1 to 120.",
			"steps[1].holdSeconds|121|Enter a whole number from 1 to 120.", "steps[1].holdSeconds|''|Fill this in.",
			"steps[1].reps|0|Enter a whole number from 1 to 100.",
			"steps[1].reps|101|Enter a whole number from 1 to 100.", "steps[1].reps|1e3|Enter a whole number.",
			"steps[1].reps|99999999999999999999|Enter a whole number.",
			"steps[1].sets|0|Enter a whole number from 1 to 10.", "steps[1].sets|11|Enter a whole number from 1 to 10.",
			"steps[1].restSeconds|-1|Enter a whole number from 0 to 120.",
			"steps[1].setRestSeconds|301|Enter a whole number from 0 to 300.",
			"steps[1].timing|SOMETIMES|This value is not one of the choices.",
			"steps[1].pressure|FIRM|Step 2 presses harder than this label says; choose at least Firm." })
	void eachRuleIsShownNextToItsFieldAndNothingIsStored(String field, String value, String message) {
		MultiValueMap<String, String> form = validForm();
		form.set(field, expand(value));
		int before = routineCount();

		MvcTestResult refused = post("/my/routines/new", form, EMAIL);

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		String page = body(refused);
		assertInSiteLayout(page);
		assertRevealsNoInternals(page);
		assertThat(page).contains("<title>Not saved: New routine — Unknot</title>")
			.contains("Nothing was saved.")
			.contains(message)
			.contains("data-unsaved=\"true\"");
		assertThat(routineCount()).isEqualTo(before);
	}

	/** Long values by name, so the table above stays readable. */
	private static String expand(String value) {
		if (value == null) {
			return "";
		}
		String[] parts = value.split("_");
		if (parts.length == 2 && parts[1].matches("\\d+")) {
			return "x".repeat(Integer.parseInt(parts[1]));
		}
		return value;
	}

	@Test
	void theFieldsOfTheTimingNotChosenAreIgnored() {
		MultiValueMap<String, String> form = validForm();
		form.set("steps[0].reps", "5000");
		form.set("steps[1].duration", "nonsense");

		assertThat(post("/my/routines/new", form, EMAIL)).hasStatus3xxRedirection();
	}

	@Test
	void aRoutineHasAtLeastOneStep() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>(validForm());
		form.keySet().removeIf(name -> name.startsWith("steps"));

		MvcTestResult refused = post("/my/routines/new", form, EMAIL);

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(refused)).contains("A routine has 1 to 40 steps.");
	}

	@Test
	void holdsLongerThanHalfAnHourAndRoutinesLongerThanTwoHoursAreRefused() {
		MultiValueMap<String, String> form = validForm();
		form.set("steps[1].holdSeconds", "120");
		form.set("steps[1].reps", "100");
		assertThat(body(post("/my/routines/new", form, EMAIL))).contains("one step can take at most 30 minutes");

		MultiValueMap<String, String> tooLong = validForm();
		for (int i = 2; i < 6; i++) {
			step(tooLong, i, "Long " + i, "Breathe.", "DURATION");
			tooLong.add("steps[" + i + "].duration", "30:00");
		}
		MvcTestResult refused = post("/my/routines/new", tooLong, EMAIL);
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(refused)).contains("a routine can take at most 2 hours");
	}

	@Test
	void aStepNumberFarBeyondTheLimitIsABadRequestNotAHugeList() {
		MultiValueMap<String, String> form = validForm();
		form.add("steps[5000].title", "Far away");

		MvcTestResult refused = post("/my/routines/new", form, EMAIL);

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertInSiteLayout(body(refused));
		assertRevealsNoInternals(body(refused));
	}

	@Test
	void aSaveFromAnOlderFormIsRefusedAndOverwritesNothing() {
		String slug = createOwnRoutine();
		MultiValueMap<String, String> firstTab = validForm();
		firstTab.set("version", "0");
		firstTab.set("title", "Saved in the first tab");
		MultiValueMap<String, String> secondTab = validForm();
		secondTab.set("version", "0");
		secondTab.set("title", "Saved in the second tab");

		assertThat(post("/my/routines/" + slug + "/edit", firstTab, EMAIL)).hasStatus3xxRedirection();
		MvcTestResult second = post("/my/routines/" + slug + "/edit", secondTab, EMAIL);

		assertThat(second).hasStatus(HttpStatus.CONFLICT);
		assertThat(body(second)).contains("Not saved: this routine changed in the meantime")
			.contains("value=\"Saved in the second tab\"")
			.contains("Open the latest version");
		assertThat(routineRow(slug)).containsEntry("TITLE", "Saved in the first tab");

		// Saving the same stale form again is still refused: nothing is ever silently
		// overwritten.
		assertThat(post("/my/routines/" + slug + "/edit", secondTab, EMAIL)).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void theEditorShowsTheSavedRoutine() {
		String slug = createOwnRoutine();

		String page = body(mvc.get().uri("/my/routines/{slug}/edit", slug).with(signedIn(EMAIL)).exchange());

		assertThat(page).contains("<title>Edit Evening psoas — Unknot</title>")
			.contains("data-unsaved=\"false\"")
			.contains("value=\"Evening psoas\"")
			.contains("value=\"1:30\"")
			.contains("name=\"version\" value=\"0\"");
		assertThat(page).containsPattern("<input type=\"checkbox\"[^>]*value=\"hernia\"[^>]*checked=\"checked\"")
			// Added on save: the ball holds lie on the back and press on the routine's
			// psoas.
			.containsPattern("<input type=\"checkbox\"[^>]*value=\"pregnancy\"[^>]*checked=\"checked\"")
			.doesNotContainPattern("<input type=\"checkbox\"[^>]*value=\"hip-replacement\"[^>]*checked=\"checked\"");
	}

	@Test
	void deletingAsksFirstAndThenRemovesTheRoutine() {
		String slug = createOwnRoutine();

		assertThat(body(mvc.get().uri("/my/routines/{slug}/delete", slug).with(signedIn(EMAIL)).exchange()))
			.contains("Delete “Evening psoas”?");
		assertThat(mvc.post().uri("/my/routines/{slug}/delete", slug).with(csrf()).with(signedIn(EMAIL)).exchange())
			.hasRedirectedUrl("/my/routines?deleted");
		entityManager.flush();

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM routine WHERE slug = ?", Integer.class, slug)).isZero();
		assertThat(mvc.get().uri("/routines/{slug}", slug).with(signedIn(EMAIL)).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void adminsEditTheCatalogWithTheSameEditor() {
		String page = body(mvc.get().uri("/admin/routines/desk-break/edit").with(signedIn(ADMIN)).exchange());
		assertThat(page).contains("Edit: Desk break for hips and back")
			.contains("action=\"/admin/routines/desk-break/edit\"");
		int version = (Integer) routineRow("desk-break").get("VERSION");

		MultiValueMap<String, String> form = validForm();
		form.set("version", Integer.toString(version));
		form.set("title", "Desk break, revised");
		assertThat(post("/admin/routines/desk-break/edit", EditorForms.withSpanish(form), ADMIN))
			.hasRedirectedUrl("/routines/desk-break?saved");

		assertThat(routineRow("desk-break")).containsEntry("TITLE", "Desk break, revised")
			.containsEntry("OWNER_ID", null);
		assertThat(body(mvc.get().uri("/routines").param("q", "revised").exchange())).contains("Desk break, revised");

		MultiValueMap<String, String> created = validForm();
		created.set("title", "Desk break");
		assertThat(post("/admin/routines/new", EditorForms.withSpanish(created), ADMIN))
			.hasRedirectedUrl("/routines/desk-break-2?saved");
		assertThat(body(mvc.get().uri("/routines").param("q", "evening").exchange())).doesNotContain("Evening psoas");
	}

	@Test
	void theSheetPdfOfACatalogRoutineShowsAnAdminsEditAtOnce() {
		assertThat(Pdfs.title(sheetPdf("desk-break")))
			.isEqualTo("Desk break for hips and back — printable sheet — Unknot");
		int version = (Integer) routineRow("desk-break").get("VERSION");

		MultiValueMap<String, String> form = validForm();
		form.set("version", Integer.toString(version));
		form.set("title", "Desk break, revised");
		assertThat(post("/admin/routines/desk-break/edit", EditorForms.withSpanish(form), ADMIN))
			.hasRedirectedUrl("/routines/desk-break?saved");

		byte[] revised = sheetPdf("desk-break");
		assertThat(Pdfs.title(revised)).isEqualTo("Desk break, revised — printable sheet — Unknot");
		assertThat(Pdfs.text(revised)).contains("Ball holds").doesNotContain("Desk break for hips and back");
	}

	private byte[] sheetPdf(String slug) {
		MvcTestResult result = mvc.get().uri("/routines/{slug}/sheet.pdf?paper=a4", slug).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	@Test
	void peopleWhoAreNotAdminsCannotEditTheCatalog() {
		int version = (Integer) routineRow("desk-break").get("VERSION");
		MultiValueMap<String, String> form = validForm();
		form.set("version", Integer.toString(version));

		assertThat(mvc.get().uri("/admin/routines").with(signedIn(EMAIL)).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("/admin/routines/desk-break/edit", form, EMAIL)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("/my/routines/desk-break/edit", form, EMAIL)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(routineRow("desk-break")).containsEntry("TITLE", "Desk break for hips and back");
	}

}
