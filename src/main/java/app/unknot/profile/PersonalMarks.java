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

import app.unknot.profile.Marks.Conflict;
import app.unknot.profile.Marks.Kind;
import jakarta.persistence.EntityManager;

/**
 * Finds favourites and safety conflicts for the routines on a page in one statement, so a
 * signed-in person's catalog costs a single query more than an anonymous visitor's.
 */
@Service
@Transactional(readOnly = true)
public class PersonalMarks {

	/**
	 * Favourites, ticked cautions the routine carries, and avoided muscle groups the routine or
	 * any of its steps works. The conflict rule must match the catalog's "hide conflicting
	 * routines" filter in {@code RoutineSearchImpl}.
	 */
	private static final String MARKS_SQL = """
			SELECT 'favourite', f.routine_id, CAST(NULL AS VARCHAR(120)), 0
			FROM favourite f JOIN account a ON a.id = f.account_id
			WHERE a.email = :email AND f.routine_id IN (:ids)
			UNION ALL
			SELECT 'caution', rc.routine_id, c.title, c.sort_order
			FROM routine_caution rc
			JOIN safety_profile_caution pc ON pc.caution_id = rc.caution_id
			JOIN account a ON a.id = pc.account_id
			JOIN caution c ON c.id = rc.caution_id
			WHERE a.email = :email AND rc.routine_id IN (:ids)
			UNION ALL
			SELECT 'muscle', worked.routine_id, m.name, m.sort_order
			FROM (SELECT routine_id, muscle_group_id FROM routine_muscle_group WHERE routine_id IN (:ids)
			      UNION
			      SELECT s.routine_id, sm.muscle_group_id
			      FROM step s JOIN step_muscle_group sm ON sm.step_id = s.id
			      WHERE s.routine_id IN (:ids)) worked
			JOIN safety_profile_muscle_group pm ON pm.muscle_group_id = worked.muscle_group_id
			JOIN account a ON a.id = pm.account_id
			JOIN muscle_group m ON m.id = worked.muscle_group_id
			WHERE a.email = :email
			ORDER BY 1, 4""";

	private final EntityManager entityManager;

	PersonalMarks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Marks for the given routines as seen by the signed-in person: one statement, none if no ids. */
	public Marks forRoutines(String email, Collection<Long> routineIds) {
		if (routineIds.isEmpty()) {
			return new Marks(Set.of(), Map.of());
		}
		List<Object[]> rows = entityManager.createNativeQuery(MARKS_SQL, Object[].class)
			.setParameter("email", email)
			.setParameter("ids", routineIds)
			.getResultList();
		Set<Long> favourites = new HashSet<>();
		// Routine id → kind → names, in the query's order: cautions first, each by sort order.
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
				.computeIfAbsent(kind.equals("caution") ? Kind.CAUTION : Kind.AREA, k -> new ArrayList<>())
				.add((String) row[2]);
		}
		Map<Long, List<Conflict>> conflicts = new LinkedHashMap<>();
		names.forEach((routineId, byKind) -> conflicts.put(routineId,
				byKind.entrySet().stream().map(entry -> new Conflict(entry.getKey(), entry.getValue())).toList()));
		return new Marks(favourites, conflicts);
	}

}
