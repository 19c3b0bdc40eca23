package app.unknot.catalog;

import java.util.List;

/** Catalog search with optional filters, one page at a time. */
public interface RoutineSearch {

	/**
	 * The routines matching the query on the requested page, ordered by title, and the
	 * number of matches overall.
	 * @param viewer account id of the signed-in person whose safety profile
	 * {@link CatalogQuery#safe()} applies; null for anonymous visitors
	 */
	SearchHits searchIds(CatalogQuery query, Long viewer, int page, int pageSize);

	record SearchHits(List<RoutineHit> hits, long total) {
	}

}
