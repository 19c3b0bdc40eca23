package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.system.ResponseChecks;
import jakarta.persistence.EntityManager;

/**
 * The searches, filtered pages and muscle page of a bigger catalog, with results kept as
 * the app keeps them: the same routines, in the same order, with the same totals, in both
 * languages, whether counted anew or kept; another person's private routine never among
 * them; an edit on another instance seen at once.
 */
@SpringBootTest(properties = "unknot.catalog.keep-results=true")
@AutoConfigureMockMvc
@Transactional
class CatalogResultsAtScaleTests {

	private static final int ROUTINES = 64;

	/**
	 * How far each test moves the catalog's version, as the editor does with every
	 * change: a step of its own, because every test's change is rolled back, and two
	 * tests that moved it alike would meet at one version with different routines.
	 */
	private static final AtomicLong versionStep = new AtomicLong(1_000);

	private final RoutineCatalog catalog;

	private final RoutineRepository routines;

	private final MuscleGroupRepository muscleGroups;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final MockMvcTester mvc;

	CatalogResultsAtScaleTests(@Autowired RoutineCatalog catalog, @Autowired RoutineRepository routines,
			@Autowired MuscleGroupRepository muscleGroups, @Autowired EntityManager entityManager,
			@Autowired JdbcTemplate jdbc, @Autowired MockMvcTester mvc) {
		this.catalog = catalog;
		this.routines = routines;
		this.muscleGroups = muscleGroups;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.mvc = mvc;
	}

	@AfterEach
	void englishAgain() {
		LocaleContextHolder.resetLocaleContext();
	}

	private static String englishTitle(String word, int i) {
		return (i % 4 == 0 ? "Plain" : capitalized(word)) + " routine %02d".formatted(i);
	}

	/** Every fifth routine has a Spanish title, which does not say the word. */
	private static String spanishTitle(int i) {
		return i % 5 == 0 ? "Rutina %02d".formatted(i) : null;
	}

	/**
	 * Every third routine names the psoas in its summary; three in four work it, the
	 * others the abdomen.
	 */
	private static boolean namesPsoas(int i) {
		return i % 3 == 0;
	}

	private static boolean worksPsoas(int i) {
		return i % 4 != 3;
	}

	/**
	 * Routines that say the word in a step, most also in their title, and one private
	 * routine of someone's that says it and works the psoas too.
	 */
	private List<String> addRoutines(String word) {
		List<String> slugs = new ArrayList<>();
		for (int i = 0; i < ROUTINES; i++) {
			String slug = word + "-routine-%02d".formatted(i);
			RoutineDetails details = new RoutineDetails(new LocalizedText(englishTitle(word, i), spanishTitle(i)),
					LocalizedText.english(namesPsoas(i) ? "Eases the psoas." : "A routine for the test."),
					LocalizedText.english("None."), i % 3 == 1 ? Difficulty.GENTLE : Difficulty.MODERATE,
					Set.of(muscleGroups.findBySlug(worksPsoas(i) ? "psoas" : "abdomen").orElseThrow()), Set.of());
			routines.save(new Routine(slug, null, details,
					List.of(FoldedSearchTests.step("Press", "Press with the " + word + " ball.")), Instant.now()));
			slugs.add(slug);
		}
		jdbc.update("INSERT INTO account (email, password_hash, role, created_at) VALUES (?, '{noop}x', 'USER', ?)",
				word + "@example.org", java.sql.Timestamp.from(Instant.now()));
		Long owner = jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, word + "@example.org");
		RoutineDetails own = new RoutineDetails(LocalizedText.english("Aaa own " + word + " psoas routine"),
				LocalizedText.english("Eases the psoas."), LocalizedText.english("None."), Difficulty.GENTLE,
				Set.of(muscleGroups.findBySlug("psoas").orElseThrow()), Set.of());
		routines.save(new Routine(word + "-own", owner, own,
				List.of(FoldedSearchTests.step("Press", "Press with the " + word + " ball.")), Instant.now()));
		entityManager.flush();
		jdbc.update("UPDATE catalog_version SET version = version + ? WHERE id = 1", versionStep.addAndGet(1_000));
		return slugs;
	}

	/**
	 * The slugs a search for the word and "psoas" should show: routines whose shown title
	 * says the word first, then the others, each by shown title.
	 */
	private static List<String> expectedWordAndPsoas(String word, boolean spanish, IntPredicate which) {
		Comparator<Integer> titledFirst = Comparator.comparing(i -> !shownTitle(word, i, spanish).contains(word));
		return IntStream.range(0, ROUTINES)
			.filter(i -> namesPsoas(i) || worksPsoas(i))
			.filter(which)
			.boxed()
			.sorted(titledFirst.thenComparing(i -> shownTitle(word, i, spanish)))
			.map(i -> word + "-routine-%02d".formatted(i))
			.toList();
	}

	private static String shownTitle(String word, int i, boolean spanish) {
		String title = spanish && spanishTitle(i) != null ? spanishTitle(i) : englishTitle(word, i);
		return title.toLowerCase(Locale.ROOT);
	}

	/** What the database lists for a muscle group, in the reader's title order. */
	private List<String> workingMuscle(String muscle, boolean spanish) {
		return jdbc.queryForList("""
				SELECT r.slug FROM routine r WHERE r.owner_id IS NULL AND EXISTS (
				    SELECT 1 FROM routine_muscle_group rm JOIN muscle_group m ON m.id = rm.muscle_group_id
				    WHERE rm.routine_id = r.id AND m.slug = ?)
				ORDER BY %s, r.id""".formatted(spanish ? "COALESCE(r.title_es, r.title)" : "r.title"), String.class,
				muscle);
	}

	/** Every page of the search, in order, checking each page's total on the way. */
	private List<String> allPages(CatalogQuery query, int total) {
		List<String> shown = new ArrayList<>();
		int pages = (total + RoutineCatalog.PAGE_SIZE - 1) / RoutineCatalog.PAGE_SIZE;
		for (int page = 1; page <= pages; page++) {
			CatalogPage results = catalog.search(query, page);
			assertThat(results.total()).as("page %d", page).isEqualTo(total);
			results.cards().forEach(card -> shown.add(card.routine().getSlug()));
		}
		assertThat(catalog.search(query, pages + 1).cards()).isEmpty();
		assertThat(catalog.search(query, pages + 1).total()).isEqualTo(total);
		return shown;
	}

	private List<String> page(CatalogQuery query, int page) {
		return catalog.search(query, page).cards().stream().map(card -> card.routine().getSlug()).toList();
	}

	@Test
	void aSearchForAWordAndAnAreaListsTheSameRoutinesInBothLanguages() {
		addRoutines("ochre");
		CatalogQuery search = new CatalogQuery(null, null, null, null, null, "ochre Psoas");
		List<String> english = expectedWordAndPsoas("ochre", false, i -> true);
		assertThat(english).hasSize(54);
		// Counted, then kept: the same either way.
		assertThat(allPages(search, 54)).isEqualTo(english);
		assertThat(allPages(search, 54)).isEqualTo(english);

		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		List<String> spanish = expectedWordAndPsoas("ochre", true, i -> true);
		assertThat(spanish).isNotEqualTo(english).containsExactlyInAnyOrderElementsOf(english);
		assertThat(allPages(search, 54)).isEqualTo(spanish);
		assertThat(allPages(search, 54)).isEqualTo(spanish);
	}

	@Test
	void aFilteredSearchListsTheSameRoutines() {
		addRoutines("umber");
		CatalogQuery gentle = new CatalogQuery(null, null, null, null, Difficulty.GENTLE, "umber psoas");
		List<String> expected = expectedWordAndPsoas("umber", false, i -> i % 3 == 1);
		assertThat(allPages(gentle, expected.size())).isEqualTo(expected);
		assertThat(allPages(gentle, expected.size())).isEqualTo(expected);
		assertThat(page(new CatalogQuery(null, null, null, null, null, "umber%"), 1)).isEmpty();
		assertThat(page(new CatalogQuery(null, null, null, null, null, "umb_r"), 1)).isEmpty();
	}

	@Test
	void theSecondPageOfAMuscleAndTheMusclePageListTheSameRoutines() {
		addRoutines("sienna");
		CatalogQuery psoas = CatalogQuery.forMuscle("psoas");
		for (boolean spanish : new boolean[] { false, true }) {
			LocaleContextHolder.setLocale(spanish ? Locale.forLanguageTag("es") : Locale.ENGLISH);
			List<String> expected = workingMuscle("psoas", spanish);
			assertThat(expected).hasSizeGreaterThan(2 * RoutineCatalog.PAGE_SIZE).doesNotContain("sienna-own");
			for (int i = 0; i < 2; i++) {
				assertThat(page(psoas, 2)).as("spanish %s", spanish).isEqualTo(expected.subList(24, 48));
				assertThat(catalog.search(psoas, 2).total()).isEqualTo(expected.size());
				assertThat(page(psoas, 1)).isEqualTo(expected.subList(0, 24));
			}
		}
		LocaleContextHolder.resetLocaleContext();

		String musclePage = ResponseChecks.body(mvc.get().uri("/muscles/psoas").exchange());
		List<String> firstPage = workingMuscle("psoas", false).subList(0, 24);
		List<Integer> where = new ArrayList<>();
		for (String slug : firstPage) {
			where.add(musclePage.indexOf("/routines/" + slug + "\""));
		}
		assertThat(where).doesNotContain(-1).isSorted();
		assertThat(musclePage).doesNotContain("sienna-own");
	}

	@Test
	void anEditOnAnotherInstanceIsSeenAtOnce() {
		List<String> slugs = addRoutines("cobalt");
		CatalogQuery search = new CatalogQuery(null, null, null, null, null, "cobalt psoas");
		List<String> before = expectedWordAndPsoas("cobalt", false, i -> true);
		assertThat(allPages(search, before.size())).isEqualTo(before);
		CatalogQuery psoas = CatalogQuery.forMuscle("psoas");
		assertThat(page(psoas, 2)).isEqualTo(workingMuscle("psoas", false).subList(24, 48));

		// Another instance's edit: only the version in the database tells of it. One
		// routine found is renamed to come first, one deleted, one made to work the
		// psoas.
		jdbc.update("UPDATE routine SET title = 'Aardvark cobalt', search_title = 'aardvark cobalt' WHERE slug = ?",
				slugs.get(6));
		jdbc.update("DELETE FROM routine WHERE slug = ?", slugs.get(2));
		jdbc.update("""
				INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
				SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = ? AND m.slug = 'psoas'""",
				slugs.get(7));
		jdbc.update("UPDATE catalog_version SET version = version + 1 WHERE id = 1");
		entityManager.clear();

		List<String> after = new ArrayList<>(before);
		after.remove(slugs.get(6));
		after.add(0, slugs.get(6));
		after.remove(slugs.get(2));
		after.add(after.indexOf(slugs.get(9)), slugs.get(7));
		assertThat(allPages(search, before.size())).isEqualTo(after);
		assertThat(page(psoas, 2)).isEqualTo(workingMuscle("psoas", false).subList(24, 48));
		assertThat(catalog.search(psoas, 2).total()).isEqualTo(workingMuscle("psoas", false).size());
	}

	/** An account that avoids the muscle group: routines that work it conflict. */
	private long accountAvoiding(String email, String muscle) {
		jdbc.update("INSERT INTO account (email, password_hash, role, created_at) VALUES (?, '{noop}x', 'USER', ?)",
				email, java.sql.Timestamp.from(Instant.now()));
		long account = jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
		jdbc.update("INSERT INTO safety_profile (account_id, updated_at) VALUES (?, CURRENT_TIMESTAMP)", account);
		jdbc.update("""
				INSERT INTO safety_profile_muscle_group (account_id, muscle_group_id)
				SELECT ?, id FROM muscle_group WHERE slug = ?""", account, muscle);
		return account;
	}

	@Test
	void theSafeFilterListsWhatSuitsEachPersonAndNeverWhatSuitsAnother() {
		List<String> slugs = addRoutines("amber");
		long avoidsPsoas = accountAvoiding("avoids-psoas@example.org", "psoas");
		long avoidsAbdomen = accountAvoiding("avoids-abdomen@example.org", "abdomen");
		CatalogQuery safe = new CatalogQuery(null, null, null, null, null, "amber", true);
		CatalogQuery everything = new CatalogQuery(null, null, null, null, null, "amber", false);
		List<String> abdomenOnes = IntStream.range(0, ROUTINES)
			.filter(i -> !worksPsoas(i))
			.mapToObj(slugs::get)
			.toList();
		List<String> psoasOnes = IntStream.range(0, ROUTINES).filter(i -> worksPsoas(i)).mapToObj(slugs::get).toList();
		for (int i = 0; i < 2; i++) {
			assertThat(slugsOf(catalog.search(everything, 1, 24, avoidsPsoas))).hasSize(24);
			assertThat(catalog.search(everything, 1, 24, avoidsPsoas).total()).isEqualTo(ROUTINES);
			assertThat(slugsOf(catalog.search(safe, 1, 100, avoidsPsoas)))
				.containsExactlyInAnyOrderElementsOf(abdomenOnes);
			assertThat(slugsOf(catalog.search(safe, 1, 100, avoidsAbdomen)))
				.containsExactlyInAnyOrderElementsOf(psoasOnes);
			assertThat(catalog.search(safe, 1, 24, avoidsAbdomen).total()).isEqualTo(psoasOnes.size());
		}
	}

	private static List<String> slugsOf(CatalogPage page) {
		return page.cards().stream().map(card -> card.routine().getSlug()).toList();
	}

	@Test
	void aScriptTagOrAnOversizedSearchIsHandled() {
		addRoutines("indigo");
		String script = ResponseChecks
			.body(mvc.get().uri("/routines").param("q", "<script>alert(1)</script>").exchange());
		assertThat(script).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(script).contains("No routines");

		String oversized = ResponseChecks.body(mvc.get().uri("/routines").param("q", "indigo ".repeat(20)).exchange());
		assertThat(oversized).contains("The search text was longer than 100 characters.");
		long catalogRoutines = jdbc.queryForObject("SELECT COUNT(*) FROM routine WHERE owner_id IS NULL", Long.class);
		assertThat(oversized).contains("%,d routines".formatted(catalogRoutines));
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
