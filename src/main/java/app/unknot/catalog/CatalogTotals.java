package app.unknot.catalog;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * How many catalog routines match each search, as last counted, with the catalog version
 * it was counted at. Counting visits every matching routine; a page of them needs only
 * its own rows once the total is known. A kept total counts only while the catalog's
 * version is still the one it was counted at: {@link RoutineSearchImpl} reads the version
 * in the page's own statement, so an edit on any instance is seen at once.
 */
class CatalogTotals {

	/** Enough for every combination of filters people use, and many searches. */
	static final int MAX_KEPT = 4_096;

	/**
	 * What the total depends on: the filters and the search's terms, not the page, its
	 * size or the language. Searches that depend on who asks ({@code safe}) are not kept.
	 */
	record Key(String muscle, Integer maxMinutes, Equipment equipment, Position position, Difficulty difficulty,
			SearchText text) {

		static Key of(CatalogQuery query, SearchText text) {
			return new Key(query.muscle(), query.maxMinutes(), query.equipment(), query.position(), query.difficulty(),
					text);
		}

	}

	record Kept(long version, long total) {
	}

	private final Cache<Key, Kept> totals = Caffeine.newBuilder().maximumSize(MAX_KEPT).build();

	private final boolean keeping;

	/**
	 * @param keeping false to count every time (see {@link RoutineSearchImpl})
	 */
	CatalogTotals(boolean keeping) {
		this.keeping = keeping;
	}

	Optional<Kept> get(Key key) {
		return keeping ? Optional.ofNullable(totals.getIfPresent(key)) : Optional.empty();
	}

	void keep(Key key, long version, long total) {
		if (keeping) {
			totals.put(key, new Kept(version, total));
		}
	}

}
