package app.unknot.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Every catalog routine that matches a search, in the order the catalog lists them, as
 * last found, with the catalog version it was found at. Finding them visits every
 * matching routine and sorts them all, which grows with the catalog; a page of them is
 * then cut from the kept list. A kept list counts only while the catalog's version is
 * still the one it was found at: {@link RoutineSearchImpl} reads the version first, so an
 * edit on any instance is seen at once.
 */
class CatalogResults {

	/**
	 * Routines kept at most, over all searches (12 bytes each: id and version): a hundred
	 * listings of a catalog of 5,000 routines.
	 */
	static final int MAX_KEPT_IDS = 500_000;

	/**
	 * What the list depends on: the filters, the search's terms and the language, whose
	 * titles order it; not the page or its size. Searches that depend on who asks
	 * ({@code safe}) are not kept.
	 */
	record Key(String muscle, Integer maxMinutes, Equipment equipment, Position position, Difficulty difficulty,
			SearchText text, boolean spanish) {

		static Key of(CatalogQuery query, SearchText text) {
			return new Key(query.muscle(), query.maxMinutes(), query.equipment(), query.position(), query.difficulty(),
					text, LocalizedText.spanishIsCurrent());
		}

	}

	/**
	 * The matches of one search, in order, found at a catalog version: each routine's id
	 * and version.
	 */
	record Kept(long version, long[] ids, int[] versions) {

		List<RoutineHit> page(int page, int pageSize) {
			int from = (int) Math.min((long) (page - 1) * pageSize, ids.length);
			int to = (int) Math.min((long) from + pageSize, ids.length);
			List<RoutineHit> hits = new ArrayList<>(to - from);
			for (int i = from; i < to; i++) {
				hits.add(new RoutineHit(ids[i], versions[i]));
			}
			return hits;
		}

	}

	private final Cache<Key, Kept> results = Caffeine.newBuilder()
		.maximumWeight(MAX_KEPT_IDS)
		.<Key, Kept>weigher((key, kept) -> kept.ids().length + 1)
		.build();

	private final boolean keeping;

	/**
	 * @param keeping false to search every time (see {@link RoutineSearchImpl})
	 */
	CatalogResults(boolean keeping) {
		this.keeping = keeping;
	}

	Optional<Kept> get(Key key) {
		return keeping ? Optional.ofNullable(results.getIfPresent(key)) : Optional.empty();
	}

	void keep(Key key, Kept kept) {
		if (keeping) {
			results.put(key, kept);
		}
	}

}
