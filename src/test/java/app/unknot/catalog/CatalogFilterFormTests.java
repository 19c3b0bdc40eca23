package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.unknot.catalog.CatalogFilterForm.IgnoredFilter;
import app.unknot.catalog.CatalogFilterForm.Parsed;

class CatalogFilterFormTests {

	private static final List<String> MUSCLES = List.of("psoas", "abdomen");

	@Test
	void validFiltersBecomeTheQuery() {
		CatalogFilterForm form = new CatalogFilterForm();
		form.setMuscle("psoas");
		form.setMaxMinutes("10");
		form.setEquipment("foam-roller");
		form.setPosition("face-down-on-elbows");
		form.setDifficulty("gentle");
		form.setQ("  ball ");
		form.setPage("2");

		Parsed parsed = form.parse(MUSCLES, false);

		assertThat(parsed.query()).isEqualTo(new CatalogQuery("psoas", 10, Equipment.FOAM_ROLLER,
				Position.FACE_DOWN_ON_ELBOWS, Difficulty.GENTLE, "ball"));
		assertThat(parsed.page()).isEqualTo(2);
		assertThat(parsed.ignored()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-5", "0", "1441", "99999999999999999999", "1e3", "10.5" })
	void malformedOrAbsurdMinutesAreDroppedAndReported(String minutes) {
		CatalogFilterForm form = new CatalogFilterForm();
		form.setMaxMinutes(minutes);

		Parsed parsed = form.parse(MUSCLES, false);

		assertThat(parsed.query().maxMinutes()).isNull();
		assertThat(parsed.ignored())
			.containsExactly(new IgnoredFilter("maxMinutes", minutes, "filter.ignored.maxMinutes"));
	}

	@Test
	void unknownValuesAreDroppedOneByOne() {
		CatalogFilterForm form = new CatalogFilterForm();
		form.setMuscle("spleen");
		form.setEquipment("kettlebell");
		form.setPosition("upside-down");
		form.setDifficulty("FIRM");
		form.setPage("x");

		Parsed parsed = form.parse(MUSCLES, false);

		assertThat(parsed.query()).isEqualTo(CatalogQuery.ALL);
		assertThat(parsed.page()).isEqualTo(1);
		assertThat(parsed.ignored()).extracting(IgnoredFilter::name)
			.containsExactly("muscle", "equipment", "position", "difficulty", "page");
	}

	@Test
	void overlongSearchTextIsDropped() {
		CatalogFilterForm form = new CatalogFilterForm();
		form.setQ("a".repeat(101));

		Parsed parsed = form.parse(MUSCLES, false);

		assertThat(parsed.query().q()).isNull();
		assertThat(parsed.ignored()).extracting(IgnoredFilter::reasonKey).containsExactly("filter.ignored.q");
	}

	@Test
	void blankValuesMeanNoFilter() {
		CatalogFilterForm form = new CatalogFilterForm();
		form.setMuscle("");
		form.setMaxMinutes(" ");
		form.setQ("");

		Parsed parsed = form.parse(MUSCLES, false);

		assertThat(parsed.query().isFiltered()).isFalse();
		assertThat(parsed.ignored()).isEmpty();
	}

	@Test
	void catalogUrlsKeepOnlyTheFiltersThatAreSetAndEncodeText() {
		CatalogQuery query = new CatalogQuery("psoas", 10, Equipment.BALL, null, null, "knee & hip");

		assertThat(query.toUrl(1)).isEqualTo("/routines?muscle=psoas&maxMinutes=10&equipment=ball&q=knee%20%26%20hip");
		assertThat(query.toUrl(3)).endsWith("&page=3");
		assertThat(CatalogQuery.ALL.toUrl(2)).isEqualTo("/routines?page=2");
	}

}
