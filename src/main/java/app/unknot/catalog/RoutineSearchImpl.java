package app.unknot.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;

import app.unknot.catalog.SearchText.Term;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Builds the catalog query from the filters that are set. One statement finds every
 * match, in the order the catalog lists them, with the catalog's version; a page is cut
 * from them. They are then kept ({@link CatalogResults}) with that version, which each
 * later page reads in a statement of its own instead: while the version stands, a page
 * costs that one small statement, however big the catalog. Search text
 * ({@link SearchText}) adds one LIKE per term over the routine's {@link SearchableText},
 * so it runs on H2 and PostgreSQL alike.
 */
class RoutineSearchImpl implements RoutineSearch {

	private final EntityManager entityManager;

	private final CatalogResults results;

	/**
	 * @param keepResults false to search every time: the tests change the catalog behind
	 * the editor's back (test data, rolled-back transactions), which moves no version on
	 */
	RoutineSearchImpl(EntityManager entityManager, @Value("${unknot.catalog.keep-results:true}") boolean keepResults) {
		this.entityManager = entityManager;
		this.results = new CatalogResults(keepResults);
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
		// What the search finds depends on who asks: found each time.
		CatalogResults.Key key = safe ? null : CatalogResults.Key.of(query, text);
		Optional<CatalogResults.Kept> kept = key == null ? Optional.empty() : results.get(key);
		if (kept.isPresent() && catalogVersion() == kept.get().version()) {
			return new SearchHits(kept.get().page(page, pageSize), kept.get().ids().length);
		}
		CatalogResults.Kept found = find(query, text, safe ? viewer : null, where.toString());
		if (key != null && found.ids().length > 0) {
			results.keep(key, found);
		}
		return new SearchHits(found.page(page, pageSize), found.ids().length);
	}

	private long catalogVersion() {
		return entityManager.createQuery("SELECT v.version FROM CatalogVersion v", Long.class).getSingleResult();
	}

	/**
	 * Every match in the catalog's order with its version, and the catalog's version read
	 * in the same statement (none when nothing matches, and then nothing is kept).
	 */
	private CatalogResults.Kept find(CatalogQuery query, SearchText text, Long viewer, String where) {
		TypedQuery<Object[]> select = entityManager.createQuery("SELECT r.id, r.version, " + CATALOG_VERSION
				+ " FROM Routine r" + where + " ORDER BY " + titleMisses(text) + shownTitle() + ", r.id",
				Object[].class);
		bind(select, query, text, viewer);
		List<Object[]> rows = select.getResultList();
		long[] ids = new long[rows.size()];
		int[] versions = new int[rows.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = (Long) rows.get(i)[0];
			versions[i] = (Integer) rows.get(i)[1];
		}
		return new CatalogResults.Kept(rows.isEmpty() ? -1 : ((Number) rows.get(0)[2]).longValue(), ids, versions);
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
