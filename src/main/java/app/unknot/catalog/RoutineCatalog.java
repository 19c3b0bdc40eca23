package app.unknot.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.catalog.RoutineSearch.SearchHits;
import app.unknot.system.RequestRefusedException;

/**
 * Read access to the catalog. Each method loads what its page shows in a fixed number of
 * statements, whatever the size of the catalog.
 */
@Service
@Transactional(readOnly = true)
public class RoutineCatalog {

	public static final int PAGE_SIZE = 24;

	private final RoutineRepository routines;

	private final MuscleGroupRepository muscleGroups;

	private final StepRepository steps;

	public RoutineCatalog(RoutineRepository routines, MuscleGroupRepository muscleGroups, StepRepository steps) {
		this.routines = routines;
		this.muscleGroups = muscleGroups;
		this.steps = steps;
	}

	/** One page of matching routines: at most three statements. */
	public CatalogPage search(CatalogQuery query, int page) {
		return search(query, page, null);
	}

	/**
	 * One page of matching routines as seen by a signed-in account (null: anonymous),
	 * whose safety profile a {@linkplain CatalogQuery#safe() safe} query applies: at most
	 * three statements.
	 */
	public CatalogPage search(CatalogQuery query, int page, Long viewer) {
		return search(query, page, PAGE_SIZE, viewer);
	}

	/**
	 * The same with another number of routines a page, as the JSON API lets its clients
	 * choose.
	 */
	public CatalogPage search(CatalogQuery query, int page, int pageSize, Long viewer) {
		SearchHits found = routines.searchIds(query, viewer, page, pageSize);
		List<Long> ids = found.hits().stream().map(RoutineHit::id).toList();
		return new CatalogPage(query, page, pageSize, found.total(), found.hits(), cards(ids));
	}

	/**
	 * One page of matching routines for a visitor who is not signed in, without their
	 * cards: which routines, at which version. A visitor's cards are the same for
	 * everyone and mostly rendered before ({@link RoutineCards#forVisitor}), so they are
	 * loaded only when they are not. One statement (two when the search's kept results
	 * are out of date).
	 */
	public CatalogPage find(CatalogQuery query, int page) {
		SearchHits found = routines.searchIds(query, null, page, PAGE_SIZE);
		return new CatalogPage(query, page, PAGE_SIZE, found.total(), found.hits(), List.of());
	}

	/**
	 * Cards for the given routines, in the given order; unknown ids are left out. Two
	 * statements.
	 */
	public List<RoutineCard> cards(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Routine> byId = routines.findWithMuscleGroupsByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Routine::getId, Function.identity()));
		Map<Long, Set<Equipment>> equipment = new HashMap<>();
		Map<Long, Set<Position>> positions = new HashMap<>();
		for (Object[] row : routines.findEquipmentAndPositions(ids)) {
			Long id = (Long) row[0];
			equipment.computeIfAbsent(id, key -> EnumSet.noneOf(Equipment.class)).add((Equipment) row[1]);
			positions.computeIfAbsent(id, key -> EnumSet.noneOf(Position.class)).add((Position) row[2]);
		}
		List<RoutineCard> cards = new ArrayList<>(ids.size());
		for (Long id : ids) {
			if (byId.containsKey(id)) {
				cards.add(new RoutineCard(byId.get(id), Equipment.needed(equipment.getOrDefault(id, Set.of())),
						positions.getOrDefault(id, Set.of())));
			}
		}
		return cards;
	}

	/**
	 * A routine with its steps, muscle groups and cautions: two statements. Another
	 * person's private routine is not found, exactly like one that does not exist.
	 * @param viewer the signed-in account's id, or null for an anonymous visitor
	 * @throws RequestRefusedException (404) when the viewer has no routine with that slug
	 * to see
	 */
	public Routine getRoutine(String slug, Long viewer) {
		Routine routine = routines.findVisibleWithStepsBySlug(slug, viewer)
			.orElseThrow(() -> RequestRefusedException.notFound("notFound.routine", slug));
		routines.fetchMuscleGroupsAndCautions(routine.getId());
		return routine;
	}

	/**
	 * A routine as {@link #getRoutine} loads it, with each step's muscle groups too,
	 * which the caution rules look at: three statements.
	 * @param viewer the signed-in account's id, or null for an anonymous visitor
	 * @throws RequestRefusedException (404) when the viewer has no routine with that slug
	 * to see
	 */
	public Routine getRoutineWithStepMuscles(String slug, Long viewer) {
		Routine routine = getRoutine(slug, viewer);
		steps.fetchMuscleGroupsOfSteps(routine.getId());
		return routine;
	}

	/**
	 * A routine the viewer may see, for showing its card only (title, summary, time); its
	 * collections stay unloaded.
	 */
	public Optional<Routine> findRoutineSummary(String slug, Long viewer) {
		return routines.findVisibleBySlug(slug, viewer);
	}

	public List<MuscleGroup> getMuscleGroups() {
		return muscleGroups.findAllByOrderBySortOrder();
	}

	public MuscleGroup getMuscleGroup(String slug) {
		return muscleGroups.findBySlug(slug)
			.orElseThrow(() -> RequestRefusedException.notFound("notFound.muscle", slug));
	}

	/** How many routines work each muscle group, by muscle group id. */
	public Map<Long, Long> countRoutinesByMuscleGroup() {
		return muscleGroups.countRoutinesByMuscleGroup()
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
	}

}
