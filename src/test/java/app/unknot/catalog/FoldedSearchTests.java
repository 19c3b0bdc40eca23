package app.unknot.catalog;

import static app.unknot.system.ResponseChecks.okSitePage;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.system.ResponseChecks;
import jakarta.persistence.EntityManager;

/**
 * Search ignores case and accents, in English and Spanish and in both directions: people
 * type Spanish without its accents, and sometimes put one where the text has none.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FoldedSearchTests {

	private final RoutineCatalog catalog;

	private final RoutineRepository routines;

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	FoldedSearchTests(@Autowired RoutineCatalog catalog, @Autowired RoutineRepository routines,
			@Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc, @Autowired EntityManager entityManager) {
		this.catalog = catalog;
		this.routines = routines;
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	private List<String> slugsFor(String text) {
		return catalog.search(new CatalogQuery(null, null, null, null, null, text), 1)
			.cards()
			.stream()
			.map(card -> card.routine().getSlug())
			.toList();
	}

	/** Typed as the text is written, and the other way round: the same routines. */
	@ParameterizedTest
	@CsvSource({ "relajacion, Relajación", "cojin, cojín", "liberacion, LIBERACIÓN", "respiracion, respiración",
			"tension, tensión", "psoas, PSOAS", "pelota, pelóta", "bolster, Bolstér", "ingle, ingle",
			"abdomen, abdómen" })
	void accentsAndCaseDoNotChangeWhatIsFound(String plain, String written) {
		assertThat(slugsFor(plain)).isNotEmpty().isEqualTo(slugsFor(written));
	}

	@Test
	void spanishWordsTypedWithoutAccentsFindTheSpanishText() {
		String page = ResponseChecks
			.body(mvc.get().uri("/routines?q=relajacion+pelvica").header(HttpHeaders.ACCEPT_LANGUAGE, "es").exchange());
		assertThat(page).contains("Relajación pélvica diaria");
		assertThat(slugsFor("circulos vientre")).contains("lower-abdomen-circles");
	}

	@Test
	void markupAndLongTextAreHandledAsBefore() {
		assertThat(okSitePage(mvc.get().uri("/routines?q={q}", "<script>tensión</script>").exchange()))
			.doesNotContain("<script>tensión")
			.contains("&lt;script&gt;tensión&lt;/script&gt;");
		assertThat(okSitePage(mvc.get().uri("/routines?q={q}", "relajación ".repeat(10)).exchange()))
			.contains("The search text was longer than 100 characters");
	}

	@Test
	@Transactional
	void aSavedRoutineIsFoundByItsTextAsLastSaved() {
		Routine routine = routines.save(new Routine("cafe-stretch", null, details("Café stretch"),
				List.of(step("Reach", "Reach for the ceiling.")), Instant.now()));
		entityManager.flush();
		assertThat(slugsFor("cafe")).contains("cafe-stretch");
		assertThat(slugsFor("ceiling")).contains("cafe-stretch");

		// As the editor saves: the details, then the steps anew.
		routine.removeSteps();
		entityManager.flush();
		routine.update(details("Niño's unwind"), Instant.now());
		routine.addSteps(List.of(step("Ñandú", "Stand like a rhea.")));
		entityManager.flush();
		assertThat(slugsFor("cafe")).doesNotContain("cafe-stretch");
		assertThat(slugsFor("ceiling")).doesNotContain("cafe-stretch");
		assertThat(slugsFor("NINO")).contains("cafe-stretch");
		assertThat(slugsFor("nandu")).contains("cafe-stretch");
	}

	@Test
	@Transactional
	void routinesWrittenInSqlAreFilledIn() {
		jdbc.update("INSERT INTO routine (slug, title, summary, benefits, difficulty) VALUES (?, ?, ?, ?, ?)",
				"sql-written", "Estiramiento rápido", "Para después.", "Ninguno.", "GENTLE");
		assertThat(slugsFor("rapido")).doesNotContain("sql-written");
		assertThat(jdbc.execute((ConnectionCallback<Integer>) SearchableTextBackfill::fillMissing)).isEqualTo(1);
		assertThat(slugsFor("rapido")).contains("sql-written");
		assertThat(slugsFor("Despues")).contains("sql-written");
	}

	private static RoutineDetails details(String title) {
		return new RoutineDetails(LocalizedText.english(title), LocalizedText.english("A short one."),
				LocalizedText.english("None."), Difficulty.GENTLE, Set.of(), Set.of());
	}

	static StepContent step(String title, String instructions) {
		return new StepContent(LocalizedText.english(title), LocalizedText.english(instructions), Technique.STRETCH,
				null, Position.STANDING, Equipment.NONE, LocalizedText.english(null),
				new StepTiming(Timing.DURATION, 60, null, null, null, null, null, false), Set.of(),
				LocalizedText.english(null), false, null);
	}

}
