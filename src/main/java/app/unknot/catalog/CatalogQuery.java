package app.unknot.catalog;

import java.util.ArrayList;
import java.util.List;
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

	/**
	 * The filters in force, in the form's order, each with the link that drops it. A
	 * muscle group missing from {@code groups} is named by its slug.
	 */
	public List<ActiveFilter> activeFilters(List<MuscleGroup> groups) {
		List<ActiveFilter> active = new ArrayList<>();
		if (muscle != null) {
			String name = groups.stream()
				.filter(group -> group.getSlug().equals(muscle))
				.map(MuscleGroup::getName)
				.findFirst()
				.orElse(muscle);
			active.add(ActiveFilter.of("catalog.active.text", withMuscle(null).toUrl(1), name));
		}
		if (maxMinutes != null) {
			active.add(ActiveFilter.of("catalog.active.maxMinutes", withMaxMinutes(null).toUrl(1), maxMinutes));
		}
		if (equipment != null) {
			active.add(ActiveFilter.of(equipment.getLabelKey(), withEquipment(null).toUrl(1)));
		}
		if (position != null) {
			active.add(ActiveFilter.of(position.getLabelKey(), withPosition(null).toUrl(1)));
		}
		if (difficulty != null) {
			active.add(ActiveFilter.of(difficulty.getLabelKey(), withDifficulty(null).toUrl(1)));
		}
		if (q != null) {
			active.add(ActiveFilter.of("catalog.active.q", withQ(null).toUrl(1), q));
		}
		if (safe) {
			active.add(ActiveFilter.of("catalog.active.safe", withSafe(false).toUrl(1)));
		}
		return active;
	}

	private CatalogQuery withMuscle(String value) {
		return new CatalogQuery(value, maxMinutes, equipment, position, difficulty, q, safe);
	}

	private CatalogQuery withMaxMinutes(Integer value) {
		return new CatalogQuery(muscle, value, equipment, position, difficulty, q, safe);
	}

	private CatalogQuery withEquipment(Equipment value) {
		return new CatalogQuery(muscle, maxMinutes, value, position, difficulty, q, safe);
	}

	private CatalogQuery withPosition(Position value) {
		return new CatalogQuery(muscle, maxMinutes, equipment, value, difficulty, q, safe);
	}

	private CatalogQuery withDifficulty(Difficulty value) {
		return new CatalogQuery(muscle, maxMinutes, equipment, position, value, q, safe);
	}

	private CatalogQuery withQ(String value) {
		return new CatalogQuery(muscle, maxMinutes, equipment, position, difficulty, value, safe);
	}

	private CatalogQuery withSafe(boolean value) {
		return new CatalogQuery(muscle, maxMinutes, equipment, position, difficulty, q, value);
	}

	/** The catalog URL with these filters and the given page, for shareable links. */
	public String toUrl(int page) {
		return toUrl("/routines", page);
	}

	/** The same filters and page at another path, such as the JSON API's list. */
	public String toUrl(String path, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
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
