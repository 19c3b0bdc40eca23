package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import jakarta.persistence.EntityManager;

/** The real catalog, as the Flyway migrations load it. */
@DataJpaTest
class CatalogContentTests {

	private final EntityManager entityManager;

	CatalogContentTests(@Autowired EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	private List<Routine> allRoutines() {
		return entityManager.createQuery("SELECT DISTINCT r FROM Routine r LEFT JOIN FETCH r.steps", Routine.class)
			.getResultList();
	}

	@Test
	void catalogHasAtLeastSixteenRoutinesEachWithSteps() {
		List<Routine> routines = allRoutines();
		assertThat(routines).hasSizeGreaterThanOrEqualTo(16);
		assertThat(routines).allSatisfy(routine -> assertThat(routine.getSteps()).as(routine.getSlug()).isNotEmpty());
	}

	@Test
	void stepsAreNumberedFromOneInOrder() {
		for (Routine routine : allRoutines()) {
			assertThat(routine.getSteps()).extracting(Step::getOrder)
				.as(routine.getSlug())
				.containsExactlyElementsOf(
						java.util.stream.IntStream.rangeClosed(1, routine.getSteps().size()).boxed().toList());
		}
	}

	@Test
	void totalTimeIsTheSumOfTheStepsWithEachSideStepsCountedTwice() {
		for (Routine routine : allRoutines()) {
			int expected = 0;
			for (Step step : routine.getSteps()) {
				StepTiming times = step.getTimes();
				expected += times.eachSide() ? 2 * times.secondsPerSide() : times.secondsPerSide();
			}
			assertThat(routine.getTotalSeconds()).as(routine.getSlug()).isEqualTo(expected).isPositive();
		}
	}

	@Test
	void repetitionStepsCountHoldsRestsAndSetRests() {
		StepTiming times = entityManager
			.createQuery("SELECT s FROM Step s WHERE s.times.timing = :timing AND s.times.sets > 1", Step.class)
			.setParameter("timing", Timing.REPS)
			.setMaxResults(1)
			.getSingleResult()
			.getTimes();
		int holds = times.sets() * times.reps() * times.holdSeconds();
		int rests = times.sets() * (times.reps() - 1) * times.restSeconds();
		int setRests = (times.sets() - 1) * times.setRestSeconds();
		assertThat(times.secondsPerSide()).isEqualTo(holds + rests + setRests);
	}

	@Test
	void everyRoutineWorksAMuscleGroupAndNamesItsCautionsIncludingTheStopSigns() {
		List<Routine> routines = entityManager
			.createQuery("SELECT DISTINCT r FROM Routine r LEFT JOIN FETCH r.muscleGroups LEFT JOIN FETCH r.cautions",
					Routine.class)
			.getResultList();
		assertThat(routines).allSatisfy(routine -> {
			assertThat(routine.getMuscleGroups()).as(routine.getSlug()).isNotEmpty();
			assertThat(routine.getCautions()).extracting(Caution::getCode).as(routine.getSlug()).contains("stop-signs");
		});
	}

	@Test
	void eachMainMuscleGroupHasAtLeastFourRoutines() {
		for (String slug : List.of("psoas", "adductors", "lower-back", "abdomen")) {
			Long count = entityManager
				.createQuery("SELECT COUNT(r) FROM Routine r JOIN r.muscleGroups m WHERE m.slug = :slug", Long.class)
				.setParameter("slug", slug)
				.getSingleResult();
			assertThat(count).as(slug).isGreaterThanOrEqualTo(4);
		}
	}

	@Test
	void abdominalRoutinesNameTheAbdominalCautions() {
		List<Routine> routines = entityManager
			.createQuery("""
					SELECT DISTINCT r FROM Routine r LEFT JOIN FETCH r.cautions
					WHERE r.id IN (SELECT r2.id FROM Routine r2 JOIN r2.muscleGroups m WHERE m.slug = 'abdomen')""",
					Routine.class)
			.getResultList();
		assertThat(routines).isNotEmpty()
			.allSatisfy(routine -> assertThat(routine.getCautions()).extracting(Caution::getCode)
				.as(routine.getSlug())
				.contains("recent-surgery", "hernia", "pregnancy"));
	}

	@Test
	void requiredCautionsExistAndOnlyPreSessionOnesAskAQuestion() {
		List<Caution> cautions = entityManager.createQuery("SELECT c FROM Caution c", Caution.class).getResultList();
		assertThat(cautions).extracting(Caution::getCode)
			.contains("recent-surgery", "hernia", "pregnancy", "digestive-inflammatory", "recent-injury",
					"abdominal-pulse", "bone", "stop-signs");
		assertThat(cautions).filteredOn(Caution::isAskedBeforeSession)
			.extracting(Caution::getCode)
			.doesNotContain("abdominal-pulse", "bone", "stop-signs");
	}

	@Test
	void muscleGroupsCoverTheMainAreasAndTheirNeighbours() {
		List<MuscleGroup> groups = entityManager.createQuery("SELECT m FROM MuscleGroup m", MuscleGroup.class)
			.getResultList();
		assertThat(groups).extracting(MuscleGroup::getSlug)
			.contains("psoas", "adductors", "lower-back", "abdomen", "hip-flexors", "glutes", "pelvic-floor");
		assertThat(groups).allSatisfy(group -> assertThat(
				List.of(group.getName(), group.getLocation(), group.getFunction(), group.getTensionSigns()))
			.as(group.getSlug())
			.allSatisfy(text -> assertThat(text).isNotBlank()));
	}

}
