package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.system.PublicPagesChanged;
import jakarta.persistence.EntityManager;

/**
 * Pages of a bigger catalog, with the totals kept as the app keeps them: every page shows
 * the right routines in the right order with the right total, and a change of the catalog
 * (its version moved, by this instance or another) is counted anew at once. Each test
 * searches for a word of its own, so no total kept by one is read by another.
 */
@SpringBootTest(properties = "unknot.catalog.keep-results=true")
@Transactional
class CatalogTotalsTests {

	private static final int ROUTINES = 60;

	private final RoutineCatalog catalog;

	private final RoutineRepository routines;

	private final MuscleGroupRepository muscleGroups;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	CatalogTotalsTests(@Autowired RoutineCatalog catalog, @Autowired RoutineRepository routines,
			@Autowired MuscleGroupRepository muscleGroups, @Autowired EntityManager entityManager,
			@Autowired JdbcTemplate jdbc, @Autowired ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.routines = routines;
		this.muscleGroups = muscleGroups;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Routines that say the word: three in four in their title ("Word routine 07"), the
	 * rest only in a step ("Plain routine 04"); every third works the psoas, the others
	 * the abdomen; every other one is gentle.
	 */
	private List<String> addRoutines(String word) {
		List<String> slugs = new ArrayList<>();
		for (int i = 0; i < ROUTINES; i++) {
			String title = (i % 4 == 0 ? "Plain" : capitalized(word)) + " routine %02d".formatted(i);
			String slug = word + "-routine-%02d".formatted(i);
			RoutineDetails details = new RoutineDetails(LocalizedText.english(title),
					LocalizedText.english("A routine for the test."), LocalizedText.english("None."),
					i % 2 == 0 ? Difficulty.GENTLE : Difficulty.MODERATE,
					Set.of(muscleGroups.findBySlug(i % 3 == 0 ? "psoas" : "abdomen").orElseThrow()), Set.of());
			routines.save(new Routine(slug, null, details,
					List.of(FoldedSearchTests.step("Press", "Press with the " + word + " ball.")), Instant.now()));
			slugs.add(slug);
		}
		entityManager.flush();
		return slugs;
	}

	/**
	 * The slugs the catalog should show for the word: routines titled with it first, then
	 * the others, each by title.
	 */
	private static List<String> expected(String word, IntPredicate which) {
		Comparator<Integer> titledFirst = Comparator.comparing(i -> i % 4 == 0);
		return IntStream.range(0, ROUTINES)
			.filter(which)
			.boxed()
			.sorted(titledFirst.thenComparing(i -> i))
			.map(i -> word + "-routine-%02d".formatted(i))
			.toList();
	}

	/** Every page of the search, in order, checking each page's total on the way. */
	private List<String> allPages(CatalogQuery query, int total) {
		List<String> shown = new ArrayList<>();
		for (int page = 1; page <= (total + RoutineCatalog.PAGE_SIZE - 1) / RoutineCatalog.PAGE_SIZE; page++) {
			CatalogPage results = catalog.search(query, page);
			assertThat(results.total()).as("page %d", page).isEqualTo(total);
			results.cards().forEach(card -> shown.add(card.routine().getSlug()));
		}
		return shown;
	}

	@Test
	void everyPageShowsItsRoutinesInOrderWithTheTotal() {
		addRoutines("quartz");
		CatalogQuery search = new CatalogQuery(null, null, null, null, null, "quartz");
		List<String> all = expected("quartz", i -> true);
		// Counted, then kept: the same either way.
		assertThat(allPages(search, ROUTINES)).isEqualTo(all);
		assertThat(allPages(search, ROUTINES)).isEqualTo(all);
		assertThat(catalog.search(search, 4).cards()).isEmpty();
		assertThat(catalog.search(search, 4).total()).isEqualTo(ROUTINES);

		CatalogQuery filtered = new CatalogQuery("psoas", null, null, null, Difficulty.GENTLE, "Quártz");
		List<String> gentlePsoas = expected("quartz", i -> i % 6 == 0);
		assertThat(gentlePsoas).hasSize(10);
		assertThat(allPages(filtered, 10)).isEqualTo(gentlePsoas);
		assertThat(allPages(filtered, 10)).isEqualTo(gentlePsoas);

		CatalogQuery abdomen = new CatalogQuery("abdomen", null, null, null, null, "quartz routine");
		List<String> abdomenRoutines = expected("quartz", i -> i % 3 != 0);
		assertThat(allPages(abdomen, 40)).isEqualTo(abdomenRoutines);
		assertThat(allPages(abdomen, 40)).isEqualTo(abdomenRoutines);
	}

	@Test
	void anEditOnThisInstanceIsCountedAtOnce() {
		List<String> slugs = addRoutines("basalt");
		CatalogQuery search = new CatalogQuery(null, null, null, null, null, "basalt");
		assertThat(catalog.search(search, 1).total()).isEqualTo(ROUTINES);

		routines.delete(routines.findCatalogWithSteps(slugs.get(1)).orElseThrow());
		entityManager.flush();
		// What the editor does with every change of the catalog.
		events.publishEvent(new PublicPagesChanged());
		assertThat(catalog.search(search, 1).total()).isEqualTo(ROUTINES - 1);
		assertThat(catalog.search(search, 2).total()).isEqualTo(ROUTINES - 1);
		assertThat(allPages(search, ROUTINES - 1)).doesNotContain(slugs.get(1)).hasSize(ROUTINES - 1);
	}

	@Test
	void anEditOnAnotherInstanceIsCountedAtOnce() {
		List<String> slugs = addRoutines("granite");
		CatalogQuery search = new CatalogQuery(null, null, null, null, null, "granite");
		assertThat(catalog.search(search, 2).total()).isEqualTo(ROUTINES);

		// Another instance's edit: only the version in the database tells of it.
		jdbc.update("DELETE FROM routine WHERE slug = ?", slugs.get(2));
		jdbc.update("UPDATE catalog_version SET version = version + 1 WHERE id = 1");
		entityManager.clear();
		assertThat(catalog.search(search, 2).total()).isEqualTo(ROUTINES - 1);
		assertThat(allPages(search, ROUTINES - 1)).doesNotContain(slugs.get(2));
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
