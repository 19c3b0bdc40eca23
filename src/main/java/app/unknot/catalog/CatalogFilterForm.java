package app.unknot.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's query parameters exactly as they arrived. Everything binds as text so a
 * malformed value never fails the request: {@link #parse} keeps the valid filters and
 * reports the rest, which the page lists as ignored.
 */
public class CatalogFilterForm {

	static final int MAX_MINUTES = 24 * 60;

	static final int MAX_QUERY_LENGTH = 100;

	private static final int MAX_PAGE = 100_000;

	private String muscle;

	private String maxMinutes;

	private String equipment;

	private String position;

	private String difficulty;

	private String q;

	private String safe;

	private String page;

	/** A filter value that was dropped, with the message key that explains why. */
	public record IgnoredFilter(String name, String value, String reasonKey) {
	}

	public record Parsed(CatalogQuery query, int page, List<IgnoredFilter> ignored) {
	}

	/**
	 * @param signedIn whether the visitor has a safety profile that {@code safe} could
	 * use; for anonymous visitors that filter is ignored with a note
	 */
	public Parsed parse(Collection<String> muscleSlugs, boolean signedIn) {
		List<IgnoredFilter> ignored = new ArrayList<>();
		String muscleSlug = blankToNull(muscle);
		if (muscleSlug != null && !muscleSlugs.contains(muscleSlug)) {
			ignored.add(new IgnoredFilter("muscle", muscleSlug, "filter.ignored.muscle"));
			muscleSlug = null;
		}
		Integer minutes = parseNumber("maxMinutes", maxMinutes, MAX_MINUTES, "filter.ignored.maxMinutes", ignored);
		Equipment equipmentValue = parseValue("equipment", equipment, Equipment.class, ignored);
		Position positionValue = parseValue("position", position, Position.class, ignored);
		Difficulty difficultyValue = parseValue("difficulty", difficulty, Difficulty.class, ignored);
		String text = blankToNull(q);
		if (text != null && text.length() > MAX_QUERY_LENGTH) {
			ignored.add(new IgnoredFilter("q", text, "filter.ignored.q"));
			text = null;
		}
		boolean safeOnly = parseSafe(signedIn, ignored);
		Integer pageNumber = parseNumber("page", page, MAX_PAGE, "filter.ignored.page", ignored);
		CatalogQuery query = new CatalogQuery(muscleSlug, minutes, equipmentValue, positionValue, difficultyValue, text,
				safeOnly);
		return new Parsed(query, pageNumber == null ? 1 : pageNumber, ignored);
	}

	private boolean parseSafe(boolean signedIn, List<IgnoredFilter> ignored) {
		String value = blankToNull(safe);
		if (value == null) {
			return false;
		}
		if (!value.equals("1")) {
			ignored.add(new IgnoredFilter("safe", value, "filter.ignored.safe"));
			return false;
		}
		if (!signedIn) {
			ignored.add(new IgnoredFilter("safe", value, "filter.ignored.safe.signedOut"));
			return false;
		}
		return true;
	}

	private static Integer parseNumber(String name, String raw, int max, String reasonKey,
			List<IgnoredFilter> ignored) {
		String value = blankToNull(raw);
		if (value == null) {
			return null;
		}
		Integer number = wholeNumber(value, max);
		if (number == null) {
			ignored.add(new IgnoredFilter(name, value, reasonKey));
		}
		return number;
	}

	/** The number written, when it is a whole number from 1 to {@code max}; else null. */
	public static Integer wholeNumber(String value, int max) {
		// Digits only, and few enough of them to fit an int, before any conversion.
		if (value.matches("\\d{1,9}")) {
			int number = Integer.parseInt(value);
			if (number >= 1 && number <= max) {
				return number;
			}
		}
		return null;
	}

	private static <E extends Enum<E> & UrlValue> E parseValue(String name, String raw, Class<E> type,
			List<IgnoredFilter> ignored) {
		String value = blankToNull(raw);
		if (value == null) {
			return null;
		}
		Optional<E> parsed = UrlValue.fromSlug(type, value);
		if (parsed.isEmpty()) {
			ignored.add(new IgnoredFilter(name, value, "filter.ignored." + name));
		}
		return parsed.orElse(null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getMuscle() {
		return muscle;
	}

	public void setMuscle(String muscle) {
		this.muscle = muscle;
	}

	public String getMaxMinutes() {
		return maxMinutes;
	}

	public void setMaxMinutes(String maxMinutes) {
		this.maxMinutes = maxMinutes;
	}

	public String getEquipment() {
		return equipment;
	}

	public void setEquipment(String equipment) {
		this.equipment = equipment;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getDifficulty() {
		return difficulty;
	}

	public void setDifficulty(String difficulty) {
		this.difficulty = difficulty;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getSafe() {
		return safe;
	}

	public void setSafe(String safe) {
		this.safe = safe;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
