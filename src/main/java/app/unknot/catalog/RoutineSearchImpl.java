package app.unknot.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;

import app.unknot.catalog.SearchText.Term;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Builds the catalog query from the filters that are set. A page's ids come from one
 * statement; so does the total, the first time a search is made, through a window
 * function over every match. The total is then kept ({@link CatalogTotals}) with the
 * catalog's version, which each later page reads in its own statement: while the version
 * stands, the page's statement reads only the page's rows, in title order along the index
 * {@code routine_owner_title}. Search text ({@link SearchText}) adds one LIKE per term
 * over the routine's {@link SearchableText}, so it runs on H2 and PostgreSQL alike.
 */
class RoutineSearchImpl implements RoutineSearch {

	private final EntityManager entityManager;

	private final CatalogTotals totals;

	/**
	 * @param keepTotals false to count every time: the tests change the catalog behind
	 * the editor's back (test data, rolled-back transactions), which moves no version on
	 */
	RoutineSearchImpl(EntityManager entityManager, @Value("${unknot.catalog.keep-totals:true}") boolean keepTotals) {
		this.entityManager = entityManager;
		this.totals = new CatalogTotals(keepTotals);
	}

	/**
	 * The conflict rule itself is the {@code routine_conflict} view
	 * ({@link RoutineConflict}). Uncorrelated on purpose: the view is read once per
	 * search, not once per routine.
	 */
	private static final String NO_CONFLICT = """
			AND r.id NOT IN (SELECT x.routineId FROM RoutineConflict x
			                 WHERE x.blocks = true AND x.accountId = :viewer)""";

	private static final String CATALOG_VERSION = "(SELECT v.version FROM CatalogVersion v)";

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
		Search search = new Search(entityManager, query, text, safe ? viewer : null, where.toString(), page, pageSize);
		// What the search finds depends on who asks: counted each time.
		CatalogTotals.Key key = safe ? null : CatalogTotals.Key.of(query, text);
		Optional<CatalogTotals.Kept> kept = key == null ? Optional.empty() : totals.get(key);
		if (kept.isPresent()) {
			List<Object[]> rows = search.rows("r.id, " + CATALOG_VERSION);
			if (!rows.isEmpty() && ((Number) rows.get(0)[1]).longValue() == kept.get().version()) {
				return new SearchHits(ids(rows), kept.get().total());
			}
			return countedApart(search, rows, key);
		}
		List<Object[]> rows = search.rows("r.id, COUNT(*) OVER (), " + CATALOG_VERSION);
		if (rows.isEmpty()) {
			return countedApart(search, rows, key);
		}
		long total = ((Number) rows.get(0)[1]).longValue();
		if (key != null) {
			totals.keep(key, ((Number) rows.get(0)[2]).longValue(), total);
		}
		return new SearchHits(ids(rows), total);
	}

	/**
	 * The page's rows with a total counted by a statement of its own: past the last page
	 * (no rows to count over), or when the catalog changed since the total was kept.
	 */
	private SearchHits countedApart(Search search, List<Object[]> rows, CatalogTotals.Key key) {
		if (rows.isEmpty() && search.page() == 1) {
			return new SearchHits(List.of(), 0);
		}
		long total = search.count();
		if (key != null && !rows.isEmpty()) {
			// Counted after the version was read: at worst newer than it, and then the
			// next page counts again.
			totals.keep(key, ((Number) rows.get(0)[rows.get(0).length - 1]).longValue(), total);
		}
		return new SearchHits(ids(rows), total);
	}

	private static List<Long> ids(List<Object[]> rows) {
		List<Long> ids = new ArrayList<>(rows.size());
		rows.forEach(row -> ids.add((Long) row[0]));
		return ids;
	}

	/** One search's statements, which share its conditions and parameters. */
	private record Search(EntityManager entityManager, CatalogQuery query, SearchText text, Long viewer, String where,
			int page, int pageSize) {

		List<Object[]> rows(String select) {
			TypedQuery<Object[]> rows = entityManager.createQuery("SELECT " + select + " FROM Routine r" + where
					+ " ORDER BY " + titleMisses(text) + shownTitle() + ", r.id", Object[].class);
			bind(rows, query, text, viewer);
			return rows.setFirstResult((page - 1) * pageSize).setMaxResults(pageSize).getResultList();
		}

		long count() {
			TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(r) FROM Routine r" + where, Long.class);
			bind(count, query, text, viewer);
			return count.getSingleResult();
		}

	}

	/**
	 * A term matches a word anywhere in the routine's text, English or Spanish, or an
	 * area by its muscle groups or by name in the title or summary.
	 */
	private static String matches(Term term, int index) {
		List<String> places = new ArrayList<>();
		for (int j = 0; j < term.phrases().size(); j++) {
			places.add(like(term.isArea() ? "r.searchHead" : "r.searchText", phrase(index, j)));
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
				inTitle.add(like(LocalizedText.spanishIsCurrent() ? "r.searchTitleEs" : "r.searchTitle", phrase(i, j)));
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

	/** The column holds folded text, as the phrases are. */
	private static String like(String column, String parameter) {
		return column + " LIKE :" + parameter + " ESCAPE '\\'";
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
