package app.unknot.catalog;

import java.util.List;

/**
 * One page of catalog results with the query that produced it.
 *
 * @param hits the routines on this page, in order
 * @param cards their cards, in the same order: loaded by {@link RoutineCatalog#search},
 * left empty by {@link RoutineCatalog#find} for pages whose cards were rendered before
 */
public record CatalogPage(CatalogQuery query, int number, int pageSize, long total, List<RoutineHit> hits,
		List<RoutineCard> cards) {

	public int getTotalPages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	/** True when the page asked for lies past the last page of matches. */
	public boolean isPastEnd() {
		return hits.isEmpty() && total > 0;
	}

	public boolean hasPrevious() {
		return number > 1 && !isPastEnd();
	}

	public boolean hasNext() {
		return number < getTotalPages();
	}

	/** The ids of the routines on this page, in order. */
	public List<Long> routineIds() {
		return hits.stream().map(RoutineHit::id).toList();
	}

	public String pageUrl(int page) {
		return query.toUrl(page);
	}

}
