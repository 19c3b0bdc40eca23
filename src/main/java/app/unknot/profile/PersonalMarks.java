package app.unknot.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.unknot.catalog.Marks;
import app.unknot.catalog.Marks.Conflict;
import app.unknot.catalog.Marks.Kind;
import app.unknot.catalog.RoutineMarks;
import jakarta.persistence.EntityManager;

/**
 * Finds favourites and safety conflicts for the routines on a page in one statement, so a
 * signed-in person's catalog costs a single query more than an anonymous visitor's.
 */
@Service
@Transactional(readOnly = true)
class PersonalMarks implements RoutineMarks {

	/**
	 * Favourites, and the conflicts the {@code routine_conflict} view finds: ticked
	 * cautions the routine carries (with the routine's tier and any clearance) and
	 * avoided muscle groups the routine or any of its steps works. The same view drives
	 * the catalog's safe filter.
	 */
	private static final String MARKS_SQL = """
			SELECT 'favourite', f.routine_id, CAST(NULL AS VARCHAR(120)), 0, CAST(NULL AS VARCHAR(20)), FALSE
			FROM favourite f
			WHERE f.account_id = :account AND f.routine_id IN (:ids)
			UNION ALL
			SELECT 'caution', x.routine_id, c.title, c.sort_order, x.action, x.cleared
			FROM routine_conflict x JOIN caution c ON c.id = x.item_id
			WHERE x.kind = 'CAUTION' AND x.account_id = :account AND x.routine_id IN (:ids)
			UNION ALL
			SELECT 'muscle', x.routine_id, m.name, m.sort_order, CAST(NULL AS VARCHAR(20)), FALSE
			FROM routine_conflict x JOIN muscle_group m ON m.id = x.item_id
			WHERE x.kind = 'AREA' AND x.account_id = :account AND x.routine_id IN (:ids)
			ORDER BY 1, 4""";

	private final EntityManager entityManager;

	PersonalMarks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** One statement, none if no ids. */
	@Override
	public Marks forRoutines(long accountId, Collection<Long> routineIds) {
		if (routineIds.isEmpty()) {
			return new Marks(Set.of(), Map.of());
		}
		List<Object[]> rows = entityManager.createNativeQuery(MARKS_SQL, Object[].class)
			.setParameter("account", accountId)
			.setParameter("ids", routineIds)
			.getResultList();
		Set<Long> favourites = new HashSet<>();
		// Routine id → kind → names, in the query's order: cautions first, each by sort
		// order.
		Map<Long, Map<Kind, List<String>>> names = new LinkedHashMap<>();
		for (Object[] row : rows) {
			Long routineId = ((Number) row[1]).longValue();
			// Stripped because a database may pad the literals of a UNION to one width.
			String kind = ((String) row[0]).strip();
			if (kind.equals("favourite")) {
				favourites.add(routineId);
				continue;
			}
			names.computeIfAbsent(routineId, id -> new EnumMap<>(Kind.class))
				.computeIfAbsent(kind.equals("caution") ? cautionKind((String) row[4], (Boolean) row[5]) : Kind.AREA,
						k -> new ArrayList<>())
				.add((String) row[2]);
		}
		Map<Long, List<Conflict>> conflicts = new LinkedHashMap<>();
		names.forEach((routineId, byKind) -> conflicts.put(routineId,
				byKind.entrySet().stream().map(entry -> new Conflict(entry.getKey(), entry.getValue())).toList()));
		return new Marks(favourites, conflicts);
	}

	/**
	 * The label of a ticked caution, from the routine's tier for it and any clearance.
	 */
	private static Kind cautionKind(String tier, boolean cleared) {
		return switch (tier.strip()) {
			case "DO_NOT_START" -> Kind.DO_NOT_START;
			case "ASK_PROFESSIONAL" -> cleared ? Kind.CLEARED : Kind.ASK_PROFESSIONAL;
			default -> Kind.ADAPT;
		};
	}

}
