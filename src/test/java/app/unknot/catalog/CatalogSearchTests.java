package app.unknot.catalog;

import static app.unknot.system.ResponseChecks.okSitePage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** Searching the real migrated catalog the way people type. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogSearchTests {

	private final RoutineCatalog catalog;

	private final MockMvcTester mvc;

	private final JdbcTemplate jdbc;

	CatalogSearchTests(@Autowired RoutineCatalog catalog, @Autowired MockMvcTester mvc, @Autowired JdbcTemplate jdbc) {
		this.catalog = catalog;
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/** Slugs of the first page of results, in the order shown. */
	private List<String> slugsFor(String text) {
		return catalog.search(new CatalogQuery(null, null, null, null, null, text), 1)
			.cards()
			.stream()
			.map(card -> card.routine().getSlug())
			.toList();
	}

	private String catalogPage(String text) {
		return okSitePage(mvc.get().uri("/routines?q={q}", text).exchange());
	}

	@Test
	void backPainFindsLowerBackRoutinesNotEverythingLyingOnTheBack() {
		assertThat(slugsFor("back pain")).startsWith("lower-back-tennis-ball", "hip-and-back-stretches")
			.contains("desk-break", "gentle-core-activation", "piriformis-glute-stretches")
			.doesNotContain("psoas-ball-lying-on-back", "lower-abdomen-circles", "adductor-massage-seated-lying");
	}

	@Test
	void tightHipsFindsHipFlexorAndPsoasRoutines() {
		assertThat(slugsFor("tight hips"))
			.contains("psoas-release-hands", "psoas-ball-sphinx", "hip-and-back-stretches", "desk-break",
					"thomas-test-self-check")
			.doesNotContain("adductor-massage-seated-lying", "lower-abdomen-circles", "lower-back-tennis-ball");
	}

	@Test
	void innerThighAndGroinFindTheAdductorRoutines() {
		List<String> innerThigh = slugsFor("inner thigh");
		assertThat(innerThigh).startsWith("adductor-massage-seated-lying")
			.contains("daily-pelvic-relaxation", "foam-roller-release")
			.doesNotContain("psoas-ball-sphinx", "lower-abdomen-circles");
		assertThat(slugsFor("groin")).isEqualTo(innerThigh).isEqualTo(slugsFor("adductors"));
	}

	@Test
	void bellyFindsTheAbdomenRoutines() {
		assertThat(slugsFor("belly")).startsWith("lower-abdomen-circles")
			.contains("gentle-core-activation", "daily-pelvic-relaxation")
			.doesNotContain("lower-back-tennis-ball", "adductor-massage-seated-lying")
			.isEqualTo(slugsFor("tummy"));
	}

	@Test
	void hipFlexorFindsThePsoasRoutinesInAnySpelling() {
		List<String> hipFlexor = slugsFor("hip flexor");
		assertThat(hipFlexor)
			.contains("psoas-release-hands", "psoas-ball-sphinx", "psoas-side-lying", "psoas-ball-lying-on-back",
					"thomas-test-self-check")
			.doesNotContain("adductor-massage-seated-lying", "lower-abdomen-circles");
		assertThat(slugsFor("Hip Flexors")).isEqualTo(hipFlexor);
		assertThat(slugsFor("hip-flexors")).isEqualTo(hipFlexor);
	}

	@Test
	void pluralsAndEndingsFindTheWordInAnyForm() {
		assertThat(slugsFor("stretches")).startsWith("piriformis-glute-stretches", "hip-and-back-stretches")
			.contains("desk-break")
			.doesNotContain("psoas-ball-sphinx", "lower-abdomen-circles")
			.isEqualTo(slugsFor("stretching"))
			.isEqualTo(slugsFor("stretch"));
	}

	@Test
	void everyWordMustMatchSomewhere() {
		assertThat(slugsFor("psoas ball")).containsExactly("psoas-ball-lying-on-back", "psoas-ball-sphinx");
		assertThat(slugsFor("psoas tennis")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "back pain, pain back", "psoas ball, ball psoas", "hip stretches, stretches for my hips",
			"belly breathing, breathing belly" })
	void wordsInEitherOrderFindTheSame(String one, String other) {
		assertThat(slugsFor(one)).isNotEmpty().isEqualTo(slugsFor(other));
	}

	@Test
	void onlyFeelingsAreSearchedAsTyped() {
		// "pain" alone is not dropped: it finds the routine that talks about pain.
		assertThat(slugsFor("pain")).contains("adductor-massage-seated-lying").hasSizeLessThan(16);
	}

	@Test
	void nothingFoundSaysSoAndSuggestsAreas() {
		String body = catalogPage("trampoline");
		assertThat(body).contains("No routines")
			.contains("Nothing found for “trampoline”")
			.contains("href=\"/routines?muscle=psoas\"")
			.contains(">Adductors (inner thighs)</a>")
			.contains("href=\"/routines?muscle=lower-back\"")
			.contains("href=\"/routines?muscle=abdomen\"")
			.contains("Clear the search");
	}

	@Test
	void clearingTheSearchKeepsTheOtherFilters() {
		assertThat(okSitePage(mvc.get().uri("/routines?q=trampoline&maxMinutes=10&difficulty=gentle").exchange()))
			.contains("href=\"/routines?maxMinutes=10&amp;difficulty=gentle\"");
	}

	@Test
	void theSearchedTextIsEscapedInTheEmptyState() {
		String body = catalogPage("<script>alert(1)</script>");
		assertThat(body).doesNotContain("<script>alert(1)")
			.contains("Nothing found for “&lt;script&gt;alert(1)&lt;/script&gt;”");
	}

	@ParameterizedTest
	@ValueSource(strings = { "psoas%", "ps_as", "psoas\\", "%", "_", "\\" })
	void likeWildcardsAreLiteral(String text) {
		assertThat(slugsFor(text)).isEmpty();
		assertThat(catalogPage(text)).contains("No routines");
	}

	@Test
	@Transactional
	void likeWildcardsFindThemselves() {
		jdbc.update("INSERT INTO routine (slug, title, summary, benefits, difficulty) VALUES (?, ?, ?, ?, ?)",
				"full-relax", "100% relaxed", "All the way.", "None.", "GENTLE");
		jdbc.update("INSERT INTO routine (slug, title, summary, benefits, difficulty) VALUES (?, ?, ?, ?, ?)",
				"under-score", "snake_case back\\slash", "Odd.", "None.", "GENTLE");
		jdbc.execute((ConnectionCallback<Integer>) SearchableTextBackfill::fillMissing);
		assertThat(slugsFor("100%")).containsExactly("full-relax");
		assertThat(slugsFor("e_c")).containsExactly("under-score");
		assertThat(slugsFor("k\\s")).containsExactly("under-score");
		assertThat(slugsFor("100_")).isEmpty();
	}

	@Test
	void searchTextOverOneHundredCharactersIsIgnoredWithANote() {
		String body = catalogPage("groin ".repeat(17));
		assertThat(body).contains("The search text was longer than 100 characters").contains("16 routines");
	}

}
