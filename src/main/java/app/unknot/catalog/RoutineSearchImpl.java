package app.unknot.catalog;

import java.util.ArrayList;
import java.util.List;

import app.unknot.catalog.SearchText.Term;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Builds the catalog query from the filters that are set. The page's ids and the total
 * count come back from one statement through a window function. Search text
 * ({@link SearchText}) adds one condition per term, in portable LIKE and EXISTS, so it
 * runs on H2 and PostgreSQL alike.
 */
class RoutineSearchImpl implements RoutineSearch {

	private final EntityManager entityManager;

	RoutineSearchImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The conflict rule itself is the {@code routine_conflict} view
	 * ({@link RoutineConflict}). Uncorrelated on purpose: the view is read once per
	 * search, not once per routine.
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
		SearchText text = query.q() == null ? new SearchText(List.of()) : SearchText.parse(query.q());
		for (int i = 0; i < text.terms().size(); i++) {
			where.append(" AND ").append(matches(text.terms().get(i), i));
		}
		if (safe) {
			where.append(" ").append(NO_CONFLICT);
		}
		TypedQuery<Object[]> hits = entityManager.createQuery("SELECT r.id, COUNT(*) OVER () FROM Routine r" + where
				+ " ORDER BY " + titleMisses(text) + shownTitle() + ", r.id", Object[].class);
		bind(hits, query, text, safe ? viewer : null);
		List<Object[]> rows = hits.setFirstResult((page - 1) * pageSize).setMaxResults(pageSize).getResultList();
		if (rows.isEmpty() && page > 1) {
			// Past the last page the window has no rows to count over.
			TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(r) FROM Routine r" + where, Long.class);
			bind(count, query, text, safe ? viewer : null);
			return new SearchHits(List.of(), count.getSingleResult());
		}
		List<Long> ids = new ArrayList<>(rows.size());
		rows.forEach(row -> ids.add((Long) row[0]));
		long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[1]).longValue();
		return new SearchHits(ids, total);
	}

	/**
	 * A term matches a word anywhere in the routine's text, English or Spanish, or an
	 * area by its muscle groups or by name in the title or summary. The Spanish columns
	 * sit in the same rows, so they add conditions, not statements.
	 */
	private static String matches(Term term, int index) {
		List<String> places = new ArrayList<>();
		for (int j = 0; j < term.phrases().size(); j++) {
			String phrase = phrase(index, j);
			places.add(like("r.title", phrase));
			places.add(like("r.summary", phrase));
			places.add(like("r.titleEs", phrase));
			places.add(like("r.summaryEs", phrase));
			if (!term.isArea()) {
				places.add(like("r.benefits", phrase));
				places.add(like("r.benefitsEs", phrase));
				places.add("EXISTS (SELECT 1 FROM Step s WHERE s.routine = r AND (" + like("s.title", phrase) + " OR "
						+ like("s.instructions", phrase) + " OR " + like("s.titleEs", phrase) + " OR "
						+ like("s.instructionsEs", phrase) + "))");
			}
		}
		if (term.isArea()) {
			places.add("EXISTS (SELECT 1 FROM r.muscleGroups m WHERE m.slug IN :area" + index + ")");
		}
		return "(" + String.join(" OR ", places) + ")";
	}

	/** The title as the request's language shows it, to list routines in its order. */
	private static String shownTitle() {
		return LocalizedText.spanishIsCurrent() ? "COALESCE(r.titleEs, r.title)" : "r.title";
	}

	/** Routines whose title names every term come first, then those that name fewer. */
	private static String titleMisses(SearchText text) {
		StringBuilder misses = new StringBuilder();
		for (int i = 0; i < text.terms().size(); i++) {
			List<String> inTitle = new ArrayList<>();
			for (int j = 0; j < text.terms().get(i).phrases().size(); j++) {
				inTitle.add(like(shownTitle(), phrase(i, j)));
			}
			misses.append(i == 0 ? "" : " + ")
				.append("CASE WHEN ")
				.append(String.join(" OR ", inTitle))
				.append(" THEN 0 ELSE 1 END");
		}
		return misses.isEmpty() ? "" : misses.append(", ").toString();
	}

	private static String phrase(int term, int phrase) {
		return "term" + term + "phrase" + phrase;
	}

	private static String like(String column, String parameter) {
		return "LOWER(" + column + ") LIKE :" + parameter + " ESCAPE '\\'";
	}

	private static void bind(TypedQuery<?> typed, CatalogQuery query, SearchText text, Long viewer) {
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
		for (int i = 0; i < text.terms().size(); i++) {
			Term term = text.terms().get(i);
			for (int j = 0; j < term.phrases().size(); j++) {
				typed.setParameter(phrase(i, j), "%" + escapeLike(term.phrases().get(j)) + "%");
			}
			if (term.isArea()) {
				typed.setParameter("area" + i, term.areas());
			}
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
