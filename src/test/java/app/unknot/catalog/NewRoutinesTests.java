package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import jakarta.persistence.EntityManager;

/**
 * The routines V9 adds for what the source articles cover: their steps, areas and
 * cautions.
 */
@DataJpaTest
class NewRoutinesTests {

	private static final List<String> NEW = List.of("psoas-ball-lying-on-back", "piriformis-glute-stretches",
			"glute-hamstring-strength");

	private final EntityManager entityManager;

	NewRoutinesTests(@Autowired EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	private Routine routine(String slug) {
		Routine routine = entityManager
			.createQuery("SELECT DISTINCT r FROM Routine r LEFT JOIN FETCH r.steps WHERE r.slug = :slug", Routine.class)
			.setParameter("slug", slug)
			.getSingleResult();
		routine.getCautions().size();
		routine.getMuscleGroups().size();
		routine.getSteps().forEach(step -> step.getMuscleGroups().size());
		return routine;
	}

	@Test
	void theNewRoutinesExistWithNumberedStepsThatEachWorkAMuscleGroup() {
		for (String slug : NEW) {
			Routine routine = routine(slug);
			assertThat(routine.getSteps()).as(slug).hasSizeBetween(5, 8);
			assertThat(routine.getSteps()).extracting(Step::getOrder)
				.as(slug)
				.containsExactlyElementsOf(
						java.util.stream.IntStream.rangeClosed(1, routine.getSteps().size()).boxed().toList());
			assertThat(routine.getSteps()).allSatisfy(step -> {
				assertThat(step.getMuscleGroups()).as("%s step %d", slug, step.getOrder()).isNotEmpty();
				assertThat(step.getBreathingCue()).as("%s step %d", slug, step.getOrder()).isNotBlank();
			});
			assertThat(routine.getMuscleGroups()).as(slug).isNotEmpty();
			assertThat(routine.getTotalSeconds()).as(slug).isBetween(5 * 60, 12 * 60);
		}
	}

	@Test
	void everyMainAreaHasAtLeastFourCatalogRoutines() {
		for (String slug : List.of("psoas", "adductors", "lower-back", "abdomen")) {
			Long count = entityManager.createQuery(
					"SELECT COUNT(DISTINCT r) FROM Routine r JOIN r.muscleGroups m WHERE m.slug = :slug AND r.ownerId IS NULL",
					Long.class)
				.setParameter("slug", slug)
				.getSingleResult();
			assertThat(count).as(slug).isGreaterThanOrEqualTo(4);
		}
	}

	@Test
	void theNewRoutinesCarryEveryCautionTheRulesRequireAtTheStrictestTier() {
		for (String slug : NEW) {
			Routine routine = routine(slug);
			Map<String, CautionAction> required = CautionRules
				.forSteps(routine.getSteps().stream().map(CautionRules.StepFacts::of).toList());
			Map<String, CautionAction> carried = new HashMap<>();
			routine.getCautions().forEach(caution -> carried.put(caution.getCode(), routine.tierOf(caution)));
			assertThat(carried).as(slug).containsAllEntriesOf(required);
		}
	}

	@Test
	void theDifficultyMatchesTheFirmestPressure() {
		for (String slug : NEW) {
			Routine routine = routine(slug);
			Pressure firmest = routine.getSteps()
				.stream()
				.map(Step::getPressure)
				.filter(java.util.Objects::nonNull)
				.max(Enum::compareTo)
				.orElse(Pressure.LIGHT);
			// Gentle, moderate and firm line up with light, moderate and firm pressure.
			assertThat(routine.getDifficulty()).as(slug).isEqualTo(Difficulty.values()[firmest.ordinal()]);
		}
	}

	@Test
	void stepsPressingNearTheBellyOrGroinWarnAboutAPulseAndTheBallStaysOffTheSpine() {
		for (String slug : NEW) {
			for (Step step : routine(slug).getSteps()) {
				CautionRules.StepFacts facts = CautionRules.StepFacts.of(step);
				if (CautionRules.forStep(facts).containsKey("abdominal-pulse")) {
					assertThat(step.getSafetyCue()).as("%s step %d", slug, step.getOrder())
						.contains("pulse")
						.contains("further out")
						.contains("skip");
				}
				assertThat(step.getInstructions()).as("%s step %d", slug, step.getOrder())
					.doesNotContainIgnoringCase("switch legs")
					.doesNotContainIgnoringCase("other side and repeat")
					.doesNotContainPattern("(?i)\\bon (the|your) spine\\b");
			}
		}
	}

	@Test
	void sideBlocksAreEachSideStepsAndTurnOverOnlyOnce() {
		for (String slug : NEW) {
			List<Step> steps = routine(slug).getSteps();
			assertThat(steps).filteredOn(Step::isSideBlock)
				.as(slug)
				.allSatisfy(step -> assertThat(step.getTimes().eachSide()).isTrue());
		}
		assertThat(routine("psoas-ball-lying-on-back").getSteps()).filteredOn(Step::isSideBlock)
			.extracting(Step::getOrder)
			.containsExactly(2, 3, 4, 5);
		assertThat(routine("glute-hamstring-strength").getSteps()).filteredOn(Step::isSideBlock)
			.extracting(Step::getOrder)
			.containsExactly(3, 4);
	}

}
