package app.unknot.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Builds the catalog query from the filters that are set. The page's ids and the total count
 * come back from one statement through a window function.
 */
class RoutineSearchImpl implements RoutineSearch {

	private final EntityManager entityManager;

	RoutineSearchImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The conflict rule itself is the {@code routine_conflict} view ({@link RoutineConflict}).
	 * Uncorrelated on purpose: the view is read once per search, not once per routine.
	 */
	private static final String NO_CONFLICT = """
			 AND r.id NOT IN (SELECT x.routineId FROM RoutineConflict x
			                  WHERE x.blocks = true AND x.accountId = :viewer)""";

	@Override
	public SearchHits searchIds(CatalogQuery query, Long viewer, int page, int pageSize) {
		boolean safe = query.safe() && viewer != null;
		// Private routines are never part of the catalog, not even for their owners.
		StringBuilder where = new StringBuilder(" WHERE r.ownerId IS NULL");
		if (query.muscle() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM r.muscleGroups m WHERE m.slug = :muscle)");
		}
		if (query.maxMinutes() != null) {
			where.append(" AND r.totalSeconds <= :maxSeconds");
		}
		if (query.equipment() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM Step s WHERE s.routine = r AND s.equipment = :equipment)");
		}
		if (query.position() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM Step s WHERE s.routine = r AND s.position = :position)");
		}
		if (query.difficulty() != null) {
			where.append(" AND r.difficulty = :difficulty");
		}
		if (query.q() != null) {
			where.append(" AND (LOWER(r.title) LIKE :q ESCAPE '\\' OR LOWER(r.summary) LIKE :q ESCAPE '\\')");
		}
		if (safe) {
			where.append(" ").append(NO_CONFLICT);
		}
		TypedQuery<Object[]> hits = entityManager.createQuery(
				"SELECT r.id, COUNT(*) OVER () FROM Routine r" + where + " ORDER BY r.title, r.id", Object[].class);
		bind(hits, query, safe ? viewer : null);
		List<Object[]> rows = hits.setFirstResult((page - 1) * pageSize).setMaxResults(pageSize).getResultList();
		if (rows.isEmpty() && page > 1) {
			// Past the last page the window has no rows to count over.
			TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(r) FROM Routine r" + where, Long.class);
			bind(count, query, safe ? viewer : null);
			return new SearchHits(List.of(), count.getSingleResult());
		}
		List<Long> ids = new ArrayList<>(rows.size());
		rows.forEach(row -> ids.add((Long) row[0]));
		long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[1]).longValue();
		return new SearchHits(ids, total);
	}

	private static void bind(TypedQuery<?> typed, CatalogQuery query, Long viewer) {
		if (viewer != null) {
			typed.setParameter("viewer", viewer);
		}
		if (query.muscle() != null) {
			typed.setParameter("muscle", query.muscle());
		}
		if (query.maxMinutes() != null) {
			typed.setParameter("maxSeconds", query.maxMinutes() * 60);
		}
		if (query.equipment() != null) {
			typed.setParameter("equipment", query.equipment());
		}
		if (query.position() != null) {
			typed.setParameter("position", query.position());
		}
		if (query.difficulty() != null) {
			typed.setParameter("difficulty", query.difficulty());
		}
		if (query.q() != null) {
			typed.setParameter("q", "%" + escapeLike(query.q().toLowerCase(Locale.ROOT)) + "%");
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
