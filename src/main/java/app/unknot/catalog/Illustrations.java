package app.unknot.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.hibernate.Hibernate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The step illustrations: line drawings in {@code src/main/resources/illustrations}, one
 * SVG each, read once and inserted inline into pages and sheet PDFs (so they take the
 * text colour, the theme's accent and print alike). {@code index.txt} names each one's
 * position and equipment, and which drawing stands in for a combination. A catalog step
 * names its own drawing in the database; any other step, or one whose position or
 * equipment has changed since, shows the stand-in for what it is now.
 */
@Component("illustrations")
public class Illustrations {

	private static final String FOLDER = "illustrations/";

	private final Map<String, Kind> kinds = new LinkedHashMap<>();

	private final Map<String, String> svgs = new HashMap<>();

	private final Map<Kind, String> fallbacks = new HashMap<>();

	private record Kind(Position position, Equipment equipment) {
	}

	public Illustrations() {
		for (String line : read("index.txt").split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.strip().split(" ");
			Kind kind = new Kind(Position.valueOf(fields[1]), Equipment.valueOf(fields[2]));
			kinds.put(fields[0], kind);
			svgs.put(fields[0], read(fields[0] + ".svg").strip());
			if (fields.length > 3 && fields[3].equals("fallback")) {
				fallbacks.put(kind, fields[0]);
			}
		}
		for (Position position : Position.values()) {
			if (!fallbacks.containsKey(new Kind(position, Equipment.NONE))) {
				throw new IllegalStateException("No illustration stands in for " + position);
			}
		}
	}

	private static String read(String name) {
		try {
			return new ClassPathResource(FOLDER + name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every illustration's id, as named by its file. */
	public Set<String> ids() {
		return kinds.keySet();
	}

	/**
	 * The SVG markup of an illustration (decorative: the caller gives it its text
	 * alternative).
	 */
	public String svg(String id) {
		String svg = svgs.get(id);
		if (svg == null) {
			throw new IllegalArgumentException("No illustration " + id);
		}
		return svg;
	}

	/**
	 * The SVG markup of an illustration with its text alternative as an {@code alt}
	 * attribute: the sheet's PDF renderer gives a drawing's Figure tag the alternative
	 * text from the drawn element itself, and an inline SVG has no other place for it.
	 */
	public String svgWithAlt(String id, String alt) {
		return svg(id).replaceFirst("^<svg ",
				Matcher.quoteReplacement("<svg alt=\"" + HtmlUtils.htmlEscape(alt, "UTF-8") + "\" "));
	}

	/** The message key of an illustration's text alternative. */
	public String altKey(String id) {
		return "illustration." + id;
	}

	/** The illustration a step shows. */
	public String forStep(Step step) {
		String id = step.getIllustration();
		Kind now = new Kind(step.getPosition(), step.getEquipment());
		return id != null && now.equals(kinds.get(id)) ? id : fallback(now.position(), now.equipment());
	}

	/** The stand-in for a position and equipment, or for the position alone. */
	public String fallback(Position position, Equipment equipment) {
		String id = fallbacks.get(new Kind(position, equipment));
		return id != null ? id : fallbacks.get(new Kind(position, Equipment.NONE));
	}

	/**
	 * A routine's cover: the one chosen for it, else its first step's when the steps are
	 * loaded, else the stand-in for lying on the back with the hands.
	 */
	public String cover(Routine routine) {
		String id = routine.getCoverIllustration();
		if (id != null && kinds.containsKey(id)) {
			return id;
		}
		if (Hibernate.isInitialized(routine.getSteps()) && !routine.getSteps().isEmpty()) {
			return forStep(routine.getSteps().get(0));
		}
		return fallback(Position.LYING_ON_BACK, Equipment.HANDS);
	}

	/** A card's cover, from what the card knows when the routine has none chosen. */
	public String cover(RoutineCard card) {
		String id = card.routine().getCoverIllustration();
		if (id != null && kinds.containsKey(id)) {
			return id;
		}
		Position position = first(card.positions(), Position.LYING_ON_BACK);
		Set<Equipment> equipment = Equipment.needed(card.equipment());
		return fallback(position, first(equipment, Equipment.NONE));
	}

	private static <T> T first(Collection<T> values, T otherwise) {
		return values.isEmpty() ? otherwise : values.iterator().next();
	}

}
