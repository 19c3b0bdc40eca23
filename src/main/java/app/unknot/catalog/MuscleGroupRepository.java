package app.unknot.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface MuscleGroupRepository extends Repository<MuscleGroup, Long> {

	List<MuscleGroup> findAllByOrderBySortOrder();

	Optional<MuscleGroup> findBySlug(String slug);

	/** Each muscle group's id with the number of catalog routines that work it. */
	@Query("SELECT m.id, COUNT(r) FROM Routine r JOIN r.muscleGroups m WHERE r.ownerId IS NULL GROUP BY m.id")
	List<Object[]> countRoutinesByMuscleGroup();

}
