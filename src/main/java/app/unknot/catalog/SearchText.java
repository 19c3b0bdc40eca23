package app.unknot.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.text.Normalizer;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a person typed into the catalog search, in English or Spanish, as the terms a
 * routine must all match, in any order. Words are {@linkplain #fold folded} (lower case,
 * no accents: "Tensión" and "tension" are the same word) and stemmed (hips → hip,
 * stretches → stretch, rolling → roll); everyday names of a body area (groin, belly, hip
 * flexor, lower back) become that area; filler words (my, the, for) and how it feels
 * (pain, tight, sore) are not required.
 *
 * @param terms at most {@value #MAX_TERMS} terms, each matched on its own
 */
record SearchText(List<Term> terms) {

	/**
	 * More terms only narrow the result; beyond this many the statement grows for
	 * nothing.
	 */
	static final int MAX_TERMS = 8;

	/**
	 * One thing a routine must match.
	 *
	 * @param phrases folded text, any of which may appear; for an area, in the routine's
	 * title or summary only, because step text names areas in passing ("lying on your
	 * back")
	 * @param areas muscle group slugs, any of which the routine may target; empty for a
	 * plain word, which may appear in the title, summary, benefits or a step's title or
	 * instructions
	 */
	record Term(List<String> phrases, Set<String> areas) {

		boolean isArea() {
			return !areas.isEmpty();
		}

	}

	/**
	 * Spaces and punctuation between words; LIKE wildcards and backslashes stay part of a
	 * word.
	 */
	private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s,.;:!?\"'()\\[\\]{}/+&*-]+");

	private static final Set<String> FILLERS = Set.of("a", "an", "the", "my", "your", "our", "i", "me", "for", "and",
			"or", "of", "in", "on", "at", "to", "with", "from", "by", "some", "area", "routine", "exercise", "self",
			// Spanish
			"de", "del", "la", "el", "lo", "los", "las", "mi", "mis", "tu", "para", "y", "o", "con", "en", "un", "una",
			"zona", "rutina", "ejercicio");

	/** How it feels: worth typing, but a routine need not say it. */
	private static final Set<String> FEELINGS = Set.of("pain", "painful", "ache", "ach", "achy", "hurt", "tight",
			"tightness", "sore", "soreness", "tense", "tension", "stiff", "stiffness", "relief", "tender",
			// Spanish, as stemmed ("dolores" → "dolore")
			"dolor", "dolore", "tenso", "tensa", "rigidez", "rigido", "rigida", "contractura", "molestia", "molestias",
			"alivio");

	/** The text each area goes by in titles and summaries. */
	private static final Map<String, List<String>> AREA_PHRASES = Map.of("psoas", List.of("psoas"), "hip-flexors",
			List.of("hip", "cadera"), "adductors",
			List.of("adductor", "inner thigh", "inner-thigh", "groin", "aductor", "cara interna del muslo", "ingle"),
			"lower-back", List.of("lower back", "lower-back", "low back", "lumbar", "espalda baja"), "abdomen",
			List.of("abdom", "belly", "tummy", "stomach", "vientre", "barriga"), "glutes",
			List.of("glute", "buttock", "piriformis", "gluteo", "nalga", "piriforme"), "pelvic-floor",
			List.of("pelvic floor", "pelvic-floor", "suelo pelvico"));

	/** Words that only look like -ing or -ed forms. */
	private static final Set<String> NOT_INFLECTED = Set.of("evening", "morning", "during", "ceiling", "spring",
			"string", "speed");

	/** Everyday names, as stemmed words, for the areas (muscle group slugs) they mean. */
	private static final Map<String, Set<String>> SYNONYMS = Map.ofEntries(Map.entry("psoas", Set.of("psoas")),
			Map.entry("iliopsoas", Set.of("psoas")), Map.entry("hip flexor", Set.of("psoas", "hip-flexors")),
			Map.entry("hip", Set.of("psoas", "hip-flexors")), Map.entry("adductor", Set.of("adductors")),
			Map.entry("groin", Set.of("adductors")), Map.entry("inner thigh", Set.of("adductors")),
			Map.entry("thigh", Set.of("adductors")), Map.entry("lower back", Set.of("lower-back")),
			Map.entry("low back", Set.of("lower-back")), Map.entry("back", Set.of("lower-back")),
			Map.entry("lumbar", Set.of("lower-back")), Map.entry("abdomen", Set.of("abdomen")),
			Map.entry("abdominal", Set.of("abdomen")), Map.entry("abs", Set.of("abdomen")),
			Map.entry("belly", Set.of("abdomen")), Map.entry("tummy", Set.of("abdomen")),
			Map.entry("stomach", Set.of("abdomen")), Map.entry("gut", Set.of("abdomen")),
			Map.entry("glute", Set.of("glutes")), Map.entry("gluteal", Set.of("glutes")),
			Map.entry("buttock", Set.of("glutes")), Map.entry("bum", Set.of("glutes")),
			Map.entry("butt", Set.of("glutes")), Map.entry("piriformis", Set.of("glutes")),
			Map.entry("pelvic floor", Set.of("pelvic-floor")),
			// Spanish, as stemmed (the stemmer keeps "-as" endings: "caderas", "nalgas")
			Map.entry("cadera", Set.of("psoas", "hip-flexors")), Map.entry("caderas", Set.of("psoas", "hip-flexors")),
			Map.entry("aductor", Set.of("adductors")), Map.entry("aductore", Set.of("adductors")),
			Map.entry("ingle", Set.of("adductors")), Map.entry("muslo", Set.of("adductors")),
			Map.entry("espalda", Set.of("lower-back")), Map.entry("lumbare", Set.of("lower-back")),
			Map.entry("vientre", Set.of("abdomen")), Map.entry("barriga", Set.of("abdomen")),
			Map.entry("tripa", Set.of("abdomen")), Map.entry("abdominale", Set.of("abdomen")),
			Map.entry("gluteo", Set.of("glutes")), Map.entry("nalga", Set.of("glutes")),
			Map.entry("nalgas", Set.of("glutes")), Map.entry("piriforme", Set.of("glutes")),
			Map.entry("suelo pelvico", Set.of("pelvic-floor")));

	/**
	 * The terms of a search text. Text of only fillers and feelings ("pain") is searched
	 * as it was typed, so it still finds routines that say it.
	 */
	static SearchText parse(String text) {
		String lower = fold(text).strip();
		List<String> words = new ArrayList<>();
		for (String word : BETWEEN_WORDS.split(lower)) {
			if (!word.isEmpty()) {
				words.add(stem(word));
			}
		}
		Set<Term> terms = new LinkedHashSet<>();
		for (int i = 0; i < words.size() && terms.size() < MAX_TERMS; i++) {
			String word = words.get(i);
			String pair = i + 1 < words.size() ? word + " " + words.get(i + 1) : null;
			if (pair != null && SYNONYMS.containsKey(pair)) {
				terms.add(area(SYNONYMS.get(pair)));
				i++;
			}
			else if (SYNONYMS.containsKey(word)) {
				terms.add(area(SYNONYMS.get(word)));
			}
			else if (!FILLERS.contains(word) && !FEELINGS.contains(word)) {
				terms.add(new Term(List.of(word), Set.of()));
			}
		}
		if (terms.isEmpty() && !lower.isEmpty()) {
			terms.add(new Term(List.of(lower), Set.of()));
		}
		return new SearchText(List.copyOf(terms));
	}

	/** Combining marks left apart by canonical decomposition: the accents. */
	private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

	/**
	 * Text as search compares it: lower case, without accents (NFD, combining marks
	 * dropped), so "Relajación" and "relajacion" or "PSOAS" and "psoas" are the same.
	 * Routines keep their text folded alike ({@link SearchableText}).
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return ACCENTS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
	}

	private static Term area(Set<String> slugs) {
		Set<String> sorted = new TreeSet<>(slugs);
		List<String> phrases = sorted.stream().flatMap(slug -> AREA_PHRASES.get(slug).stream()).toList();
		return new Term(phrases, sorted);
	}

	/**
	 * A small English stemmer: plurals and -ing/-ed endings. Stems only need to be
	 * contained in the words they come from, because matching is by substring (releas
	 * finds release).
	 */
	static String stem(String word) {
		if (word.length() <= 3 || !word.chars().allMatch(Character::isLetter)) {
			return word;
		}
		if (word.endsWith("ies") && word.length() > 4) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")
				|| word.endsWith("zes")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
				&& !word.endsWith("as")) {
			return word.substring(0, word.length() - 1);
		}
		if (NOT_INFLECTED.contains(word)) {
			return word;
		}
		if (word.endsWith("ing") && word.length() > 5) {
			return undouble(word.substring(0, word.length() - 3));
		}
		if (word.endsWith("ed") && word.length() > 4) {
			return undouble(word.substring(0, word.length() - 2));
		}
		return word;
	}

	/** rubbing → rubb → rub, but rolling → roll and pressing → press keep theirs. */
	private static String undouble(String stem) {
		int last = stem.length() - 1;
		char end = stem.charAt(last);
		if (last > 1 && end == stem.charAt(last - 1) && "lsz".indexOf(end) < 0) {
			return stem.substring(0, last);
		}
		return stem;
	}

}
