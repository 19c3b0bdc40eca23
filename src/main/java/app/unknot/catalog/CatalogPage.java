package app.unknot.catalog;

import java.util.List;

/** One page of catalog results with the query that produced it. */
public record CatalogPage(CatalogQuery query, int number, int pageSize, long total, List<RoutineCard> cards) {

	public int getTotalPages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	/** True when the page asked for lies past the last page of matches. */
	public boolean isPastEnd() {
		return cards.isEmpty() && total > 0;
	}

	public boolean hasPrevious() {
		return number > 1 && !isPastEnd();
	}

	public boolean hasNext() {
		return number < getTotalPages();
	}

	/** The ids of the routines on this page, in order. */
	public List<Long> routineIds() {
		return cards.stream().map(card -> card.routine().getId()).toList();
	}

	public String pageUrl(int page) {
		return query.toUrl(page);
	}

}
