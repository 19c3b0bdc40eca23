package app.unknot.catalog;

import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Valid catalog filters; every field is optional (null means "any").
 *
 * @param muscle muscle group slug
 * @param maxMinutes longest total time, in whole minutes
 * @param q search text, see {@link SearchText}
 * @param safe hide routines that conflict with the signed-in person's safety profile
 */
public record CatalogQuery(String muscle, Integer maxMinutes, Equipment equipment, Position position,
		Difficulty difficulty, String q, boolean safe) {

	public static final CatalogQuery ALL = new CatalogQuery(null, null, null, null, null, null);

	/** Filters that do not depend on who is looking. */
	public CatalogQuery(String muscle, Integer maxMinutes, Equipment equipment, Position position,
			Difficulty difficulty, String q) {
		this(muscle, maxMinutes, equipment, position, difficulty, q, false);
	}

	public static CatalogQuery forMuscle(String slug) {
		return new CatalogQuery(slug, null, null, null, null, null);
	}

	/** The same filters without the search text, for "clear the search". */
	public CatalogQuery withoutText() {
		return new CatalogQuery(muscle, maxMinutes, equipment, position, difficulty, null, safe);
	}

	public boolean isFiltered() {
		return !equals(ALL);
	}

	public int getActiveFilterCount() {
		int count = (int) Stream.of(muscle, maxMinutes, equipment, position, difficulty, q)
			.filter(Objects::nonNull)
			.count();
		return safe ? count + 1 : count;
	}

	/** The catalog URL with these filters and the given page, for shareable links. */
	public String toUrl(int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/routines");
		addIfPresent(url, "muscle", muscle);
		addIfPresent(url, "maxMinutes", maxMinutes);
		addIfPresent(url, "equipment", equipment == null ? null : equipment.getSlug());
		addIfPresent(url, "position", position == null ? null : position.getSlug());
		addIfPresent(url, "difficulty", difficulty == null ? null : difficulty.getSlug());
		addIfPresent(url, "q", q);
		if (safe) {
			url.queryParam("safe", 1);
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

	private static void addIfPresent(UriComponentsBuilder url, String name, Object value) {
		if (value != null) {
			url.queryParam(name, value);
		}
	}

}
