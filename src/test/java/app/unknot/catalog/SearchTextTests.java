package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.unknot.catalog.SearchText.Term;

class SearchTextTests {

	@ParameterizedTest
	@CsvSource({ "hips, hip", "stretches, stretch", "stretching, stretch", "stretched, stretch", "rolling, roll",
			"rubbing, rub", "pressing, press", "bodies, body", "releases, release", "psoas, psoas", "tennis, tennis",
			"abs, abs", "lying, lying", "evening, evening", "100%, 100%" })
	void stemsPluralsAndEndings(String word, String stem) {
		assertThat(SearchText.stem(word)).isEqualTo(stem);
	}

	@Test
	void everydayNamesBecomeAreas() {
		assertThat(SearchText.parse("Groin").terms()).singleElement()
			.extracting(Term::areas)
			.isEqualTo(Set.of("adductors"));
		assertThat(SearchText.parse("my tummy").terms()).singleElement()
			.extracting(Term::areas)
			.isEqualTo(Set.of("abdomen"));
		assertThat(SearchText.parse("Hip-Flexors").terms()).singleElement()
			.extracting(Term::areas)
			.isEqualTo(Set.of("psoas", "hip-flexors"));
		assertThat(SearchText.parse("pelvic floor").terms()).singleElement()
			.extracting(Term::areas)
			.isEqualTo(Set.of("pelvic-floor"));
	}

	@Test
	void feelingsAndFillersAreNotRequired() {
		assertThat(SearchText.parse("sore lower back for the evening").terms())
			.containsExactly(new Term(List.of("lower back", "lower-back", "low back", "lumbar", "espalda baja"),
					Set.of("lower-back")), new Term(List.of("evening"), Set.of()));
	}

	@Test
	void spanishNamesOfAreasFillersAndFeelingsCountToo() {
		assertThat(SearchText.parse("dolor de caderas y nalgas").terms()).extracting(Term::areas)
			.containsExactly(Set.of("psoas", "hip-flexors"), Set.of("glutes"));
		assertThat(SearchText.parse("suelo pélvico").terms()).extracting(Term::areas)
			.containsExactly(Set.of("pelvic-floor"));
		assertThat(SearchText.parse("la tensión en la espalda con pelota").terms())
			.containsExactly(new Term(List.of("lower back", "lower-back", "low back", "lumbar", "espalda baja"),
					Set.of("lower-back")), new Term(List.of("pelota"), Set.of()));
	}

	@Test
	void caseAndAccentsAreFoldedAway() {
		assertThat(SearchText.fold("Relajación PÉLVICA, cojín, niño")).isEqualTo("relajacion pelvica, cojin, nino");
		assertThat(SearchText.parse("Glúteos").terms()).isEqualTo(SearchText.parse("gluteos").terms());
		assertThat(SearchText.parse("PSOAS").terms()).isEqualTo(SearchText.parse("psoas").terms());
		assertThat(SearchText.parse("suelo pelvico").terms()).extracting(Term::areas)
			.containsExactly(Set.of("pelvic-floor"));
		assertThat(SearchText.parse("Relajación").terms()).containsExactly(new Term(List.of("relajacion"), Set.of()));
		// A feeling typed without its accent is still only a feeling.
		assertThat(SearchText.parse("tension en la espalda").terms()).extracting(Term::areas)
			.containsExactly(Set.of("lower-back"));
	}

	@Test
	void textOfOnlyFeelingsIsSearchedAsTyped() {
		assertThat(SearchText.parse(" Aching ").terms()).containsExactly(new Term(List.of("aching"), Set.of()));
	}

	@Test
	void repeatedWordsCountOnceAndTheTermsAreCapped() {
		assertThat(SearchText.parse("ball ball balls").terms()).hasSize(1);
		assertThat(SearchText.parse("one two three four five six seven eight nine ten").terms())
			.hasSize(SearchText.MAX_TERMS);
	}

}
