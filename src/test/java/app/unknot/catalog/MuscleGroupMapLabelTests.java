package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Body map labels fit their narrow column: short names on one line, longer ones on two.
 */
class MuscleGroupMapLabelTests {

	@Test
	void aShortNameIsOneLine() {
		assertThat(MuscleGroup.mapLabel("Pelvic floor")).containsExactly("Pelvic floor");
	}

	@Test
	void theExplanationInBracketsStaysOffTheMap() {
		assertThat(MuscleGroup.mapLabel("Adductors (inner thighs)")).containsExactly("Adductors");
	}

	@Test
	void aLongNameWrapsBetweenWordsOntoTwoLines() {
		assertThat(MuscleGroup.mapLabel("Lower back muscles")).containsExactly("Lower back", "muscles");
		assertThat(MuscleGroup.mapLabel("Piriformis and glutes")).containsExactly("Piriformis", "and glutes");
	}

	@Test
	void aLongFirstWordStillBreaksAfterIt() {
		assertThat(MuscleGroup.mapLabel("Sternocleidomastoid muscle")).containsExactly("Sternocleidomastoid", "muscle");
	}

	@Test
	void oneLongWordStaysWhole() {
		assertThat(MuscleGroup.mapLabel("Sternocleidomastoid")).containsExactly("Sternocleidomastoid");
	}

}
