package app.unknot.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface StepRepository extends Repository<Step, Long> {

	/**
	 * Every step of the catalog, with its routine, in catalog order: the editor's step
	 * library.
	 */
	@Query("SELECT s FROM Step s JOIN FETCH s.routine r WHERE r.ownerId IS NULL ORDER BY r.title, r.id, s.order")
	List<Step> findCatalogSteps();

	/**
	 * One catalog step with its muscle groups; private routines' steps are not in the
	 * library.
	 */
	@Query("SELECT s FROM Step s LEFT JOIN FETCH s.muscleGroups WHERE s.id = :id AND s.routine.ownerId IS NULL")
	Optional<Step> findCatalogStep(Long id);

	/** Loads the muscle groups of a routine's steps into the persistence context. */
	@Query("SELECT DISTINCT s FROM Step s LEFT JOIN FETCH s.muscleGroups WHERE s.routine.id = :routineId")
	List<Step> fetchMuscleGroupsOfSteps(Long routineId);

}
