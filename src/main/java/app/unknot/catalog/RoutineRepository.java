package app.unknot.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RoutineRepository extends Repository<Routine, Long>, RoutineSearch {

	Optional<Routine> findBySlug(String slug);

	/** The routine with its steps; the other collections stay lazy. */
	@Query("SELECT r FROM Routine r LEFT JOIN FETCH r.steps WHERE r.slug = :slug")
	Optional<Routine> findWithStepsBySlug(String slug);

	/** Loads muscle groups and cautions into an already loaded routine. */
	@Query("SELECT r FROM Routine r LEFT JOIN FETCH r.muscleGroups LEFT JOIN FETCH r.cautions WHERE r.id = :id")
	Optional<Routine> fetchMuscleGroupsAndCautions(Long id);

	@Query("SELECT DISTINCT r FROM Routine r LEFT JOIN FETCH r.muscleGroups WHERE r.id IN :ids")
	List<Routine> findWithMuscleGroupsByIdIn(Collection<Long> ids);

	/** The distinct equipment and positions of the steps of the given routines. */
	@Query("SELECT DISTINCT s.routine.id, s.equipment, s.position FROM Step s WHERE s.routine.id IN :ids")
	List<Object[]> findEquipmentAndPositions(Collection<Long> ids);

}
