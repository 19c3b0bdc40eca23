package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import jakarta.persistence.EntityManager;

/**
 * Every text of the catalog, as the Flyway migrations load it, has its Spanish version
 * beside the English: a routine, step, caution or muscle group added without one fails
 * here.
 */
@DataJpaTest
class SpanishCatalogTests {

	private final EntityManager entityManager;

	SpanishCatalogTests(@Autowired EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	private <T> List<T> all(String query, Class<T> type) {
		return entityManager.createQuery(query, type).getResultList();
	}

	/** Names a text that has English but no Spanish. */
	private static void check(List<String> missing, String where, LocalizedText text) {
		if (text.en() != null && (text.es() == null || text.es().isBlank())) {
			missing.add(where);
		}
	}

	@Test
	void everyCatalogTextHasItsSpanishVersion() {
		List<String> missing = new ArrayList<>();
		List<Routine> routines = all("SELECT DISTINCT r FROM Routine r LEFT JOIN FETCH r.steps WHERE r.ownerId IS NULL",
				Routine.class);
		for (Routine routine : routines) {
			String slug = routine.getSlug();
			check(missing, slug + " title", routine.getTitleText());
			check(missing, slug + " summary", routine.getSummaryText());
			check(missing, slug + " benefits", routine.getBenefitsText());
			for (Step step : routine.getSteps()) {
				String where = slug + " step " + step.getOrder();
				check(missing, where + " title", step.getTitleText());
				check(missing, where + " instructions", step.getInstructionsText());
				check(missing, where + " breathing cue", step.getBreathingCueText());
				check(missing, where + " safety cue", step.getSafetyCueText());
			}
		}
		List<Caution> cautions = all("SELECT c FROM Caution c", Caution.class);
		for (Caution caution : cautions) {
			String code = caution.getCode();
			check(missing, code + " title", caution.getTitleText());
			check(missing, code + " explanation", caution.getExplanationText());
			check(missing, code + " advice", caution.getAdviceText());
			check(missing, code + " question", caution.getQuestionText());
			check(missing, code + " question items", caution.getQuestionItemsText());
		}
		List<MuscleGroup> groups = all("SELECT m FROM MuscleGroup m", MuscleGroup.class);
		for (MuscleGroup group : groups) {
			String slug = group.getSlug();
			check(missing, slug + " name", group.getNameText());
			check(missing, slug + " body region", group.getBodyRegionText());
			check(missing, slug + " location", group.getLocationText());
			check(missing, slug + " function", group.getFunctionText());
			check(missing, slug + " tension signs", group.getTensionSignsText());
		}
		assertThat(routines).hasSize(16);
		assertThat(cautions).isNotEmpty();
		assertThat(groups).isNotEmpty();
		assertThat(missing).isEmpty();
	}

	/** A Spanish text with no English would show to nobody who reads English. */
	@Test
	void noSpanishTextStandsWithoutItsEnglish() {
		List<Object[]> orphans = new ArrayList<>();
		orphans.addAll(
				all("SELECT s.id, s.title FROM Step s WHERE (s.breathingCueEs IS NOT NULL AND s.breathingCue IS NULL)"
						+ " OR (s.safetyCueEs IS NOT NULL AND s.safetyCue IS NULL)", Object[].class));
		orphans.addAll(all("SELECT c.id, c.code FROM Caution c WHERE (c.questionEs IS NOT NULL AND c.question IS NULL)"
				+ " OR (c.questionItemsEs IS NOT NULL AND c.questionItems IS NULL)", Object[].class));
		assertThat(orphans).isEmpty();
	}

	/** The body map's columns are as narrow in Spanish. */
	@Test
	void spanishMuscleGroupNamesFitTheBodyMap() {
		for (MuscleGroup group : all("SELECT m FROM MuscleGroup m", MuscleGroup.class)) {
			assertThat(MuscleGroup.mapLabel(group.getNameText().es())).as(group.getSlug())
				.hasSizeLessThanOrEqualTo(2)
				.allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(12));
		}
	}

	@Test
	void aQuestionListsTheSameSignsInBothLanguages() {
		for (Caution caution : all("SELECT c FROM Caution c", Caution.class)) {
			LocalizedText items = caution.getQuestionItemsText();
			if (items.en() != null) {
				assertThat(items.es().split("\\|")).as(caution.getCode())
					.hasSameSizeAs(items.en().split("\\|"))
					.doesNotContain("");
			}
		}
	}

	@Test
	void aTextReadsInSpanishOnlyForASpanishLocaleAndOtherwiseFallsBackToEnglish() {
		LocalizedText both = new LocalizedText("Rest", "Descansa");
		assertThat(both.in(Locale.forLanguageTag("es"))).isEqualTo("Descansa");
		assertThat(both.in(Locale.forLanguageTag("es-MX"))).isEqualTo("Descansa");
		assertThat(both.in(Locale.ENGLISH)).isEqualTo("Rest");
		assertThat(both.in(Locale.GERMAN)).isEqualTo("Rest");
		assertThat(both.in(null)).isEqualTo("Rest");
		assertThat(LocalizedText.english("Rest").in(Locale.forLanguageTag("es"))).isEqualTo("Rest");
		assertThat(new LocalizedText("Rest", " ").in(Locale.forLanguageTag("es"))).isEqualTo("Rest");
	}

}
