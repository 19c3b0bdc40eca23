package app.unknot.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RoutineRepository extends Repository<Routine, Long>, RoutineSearch {

	/**
	 * Who may see a routine: everybody sees catalog routines, only its owner a private
	 * one. The viewer is an account id; null (anonymous) matches no owner.
	 */
	String VISIBLE_TO_VIEWER = " (r.ownerId IS NULL OR r.ownerId = :viewer)";

	@Query("SELECT r FROM Routine r WHERE r.slug = :slug AND" + VISIBLE_TO_VIEWER)
	Optional<Routine> findVisibleBySlug(String slug, Long viewer);

	/** The routine with its steps; the other collections stay lazy. */
	@Query("SELECT r FROM Routine r LEFT JOIN FETCH r.steps WHERE r.slug = :slug AND" + VISIBLE_TO_VIEWER)
	Optional<Routine> findVisibleWithStepsBySlug(String slug, Long viewer);

	/** A routine the account owns, with its steps, for editing. */
	@Query("SELECT r FROM Routine r LEFT JOIN FETCH r.steps WHERE r.slug = :slug AND r.ownerId = :ownerId")
	Optional<Routine> findOwnedWithSteps(String slug, Long ownerId);

	/** A catalog routine with its steps, for editing by an admin. */
	@Query("SELECT r FROM Routine r LEFT JOIN FETCH r.steps WHERE r.slug = :slug AND r.ownerId IS NULL")
	Optional<Routine> findCatalogWithSteps(String slug);

	/** The ids of an account's routines, last saved first. */
	@Query("SELECT r.id FROM Routine r WHERE r.ownerId = :ownerId ORDER BY r.updatedAt DESC NULLS LAST, r.title, r.id")
	List<Long> findIdsByOwner(Long ownerId);

	/** The ids of the catalog's routines, by title. */
	@Query("SELECT r.id FROM Routine r WHERE r.ownerId IS NULL ORDER BY r.title, r.id")
	List<Long> findCatalogIds();

	boolean existsBySlug(String slug);

	Routine save(Routine routine);

	void delete(Routine routine);

	/** Loads muscle groups, cautions and their tiers into an already loaded routine. */
	@Query("SELECT r FROM Routine r LEFT JOIN FETCH r.muscleGroups LEFT JOIN FETCH r.cautions LEFT JOIN FETCH r.cautionTiers WHERE r.id = :id")
	Optional<Routine> fetchMuscleGroupsAndCautions(Long id);

	@Query("SELECT DISTINCT r FROM Routine r LEFT JOIN FETCH r.muscleGroups WHERE r.id IN :ids")
	List<Routine> findWithMuscleGroupsByIdIn(Collection<Long> ids);

	/** The distinct equipment and positions of the steps of the given routines. */
	@Query("SELECT DISTINCT s.routine.id, s.equipment, s.position FROM Step s WHERE s.routine.id IN :ids")
	List<Object[]> findEquipmentAndPositions(Collection<Long> ids);

}
